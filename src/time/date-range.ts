// The range a calendar covers: a quarter (next, current, or named like 2027-Q1) or explicit dates.
import { UsageError } from "../core/errors.js";
import { isIsoDate } from "./dates.js";
import { daysInMonth, parseYmd, toDayNumber, ymd } from "./civil-date.js";

export interface DateRange {
  /** First and last day, both included. */
  from: string;
  to: string;
  /** "2027-Q1" when the range is a quarter, for titles. */
  label: string;
}

export interface RangeRequest {
  quarter?: string;
  from?: string;
  to?: string;
  /** YYYY-MM-DD that "next" and "current" count from. */
  today: string;
}

const MAX_DAYS = 3 * 366;

export function quarterRange(year: number, quarter: number): DateRange {
  const firstMonth = (quarter - 1) * 3 + 1;
  return {
    from: ymd(year, firstMonth, 1),
    to: ymd(year, firstMonth + 2, daysInMonth(year, firstMonth + 2)),
    label: `${year}-Q${quarter}`,
  };
}

/** Resolves the command-line choice; `--from/--to` win over the default quarter but not over an explicit one. */
export function resolveRange(request: RangeRequest): DateRange {
  if (request.from !== undefined || request.to !== undefined) {
    if (request.quarter !== undefined) {
      throw new UsageError("E_RANGE", "use either --quarter or --from/--to, not both");
    }
    return explicitRange(request.from, request.to);
  }
  const spec = (request.quarter ?? "next").trim();
  const { year, month } = parseYmd(request.today);
  const current = { year, quarter: Math.floor((month - 1) / 3) + 1 };
  if (spec === "current") return quarterRange(current.year, current.quarter);
  if (spec === "next") {
    return current.quarter === 4 ? quarterRange(current.year + 1, 1) : quarterRange(current.year, current.quarter + 1);
  }
  const match = /^(\d{4})-Q([1-4])$/i.exec(spec);
  if (!match) {
    throw new UsageError("E_RANGE", `"${spec}" is not a quarter`, "use next, current, or a quarter such as 2027-Q1");
  }
  return quarterRange(Number(match[1]), Number(match[2]));
}

function explicitRange(from: string | undefined, to: string | undefined): DateRange {
  if (from === undefined || to === undefined) {
    throw new UsageError("E_RANGE", `--${from === undefined ? "from" : "to"} is missing`, "give both --from and --to");
  }
  for (const date of [from, to]) {
    if (!isIsoDate(date)) throw new UsageError("E_RANGE", `"${date}" is not a real date like 2027-03-31`);
  }
  const days = toDayNumber(to) - toDayNumber(from);
  if (days < 0) throw new UsageError("E_RANGE", `--to ${to} is before --from ${from}`);
  if (days >= MAX_DAYS) throw new UsageError("E_RANGE", "the range is longer than three years", "ask for a shorter range");
  return { from, to, label: `${from} to ${to}` };
}
