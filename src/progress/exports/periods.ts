import type { Measure } from "../../plan/types.js";
import { addDays, weekdayIndex } from "../../time/civil-date.js";

export type Period = NonNullable<Measure["per"]>;
export type Aggregate = NonNullable<Measure["aggregate"]>;

/** The first day of the calendar period holding `date`: Monday, the 1st, or a quarter's 1st. */
export function periodStart(date: string, per: Period): string {
  if (per === "week") return addDays(date, -weekdayIndex(date));
  const month = Number(date.slice(5, 7));
  const first = per === "month" ? month : month - ((month - 1) % 3);
  return `${date.slice(0, 4)}-${String(first).padStart(2, "0")}-01`;
}

/** One row of an export, reduced to a day, a number and the line it came from. */
export interface DatedValue {
  date: string;
  value: number;
  /** 1-based lines of the CSV the value rests on (several for a value computed over members). */
  lines: number[];
  /** The file as shown to people; empty while a single file is read. */
  file?: string;
}

/** The lines of each file a number rests on, in file order. */
export interface RowsUsed {
  file: string;
  lines: number[];
}

export interface PeriodValue {
  /** The period's first day. */
  date: string;
  value: number;
  from: RowsUsed[];
  /** How many rows went into the value. */
  rows: number;
}

/** One value per period, oldest first; rows within a period keep their file order for `last`. */
export function aggregateByPeriod(values: readonly DatedValue[], aggregate: Aggregate, per: Period): PeriodValue[] {
  const groups = new Map<string, DatedValue[]>();
  for (const v of values) {
    const start = periodStart(v.date, per);
    groups.set(start, [...(groups.get(start) ?? []), v]);
  }
  return [...groups.keys()].sort().map((date) => {
    const rows = groups.get(date)!;
    return { date, value: combine(rows, aggregate), from: rowsUsed(rows), rows: rows.length };
  });
}

export function combine(rows: readonly DatedValue[], aggregate: Aggregate): number {
  const numbers = rows.map((r) => r.value);
  switch (aggregate) {
    case "count":
      return rows.length;
    case "sum":
      return numbers.reduce((a, b) => a + b, 0);
    case "mean":
      return numbers.reduce((a, b) => a + b, 0) / numbers.length;
    case "median":
      return median(numbers);
    case "last": {
      // The latest day wins; on one day, the later line (a corrected row further down).
      const last = rows.reduce((a, b) => (b.date > a.date || (b.date === a.date && b.lines[0]! > a.lines[0]!) ? b : a));
      return last.value;
    }
  }
}

/** The middle value, or the mean of the two middle values for an even count. */
export function median(numbers: readonly number[]): number {
  const sorted = [...numbers].sort((a, b) => a - b);
  const mid = Math.floor(sorted.length / 2);
  return sorted.length % 2 === 1 ? sorted[mid]! : (sorted[mid - 1]! + sorted[mid]!) / 2;
}

function rowsUsed(rows: readonly DatedValue[]): RowsUsed[] {
  const byFile = new Map<string, number[]>();
  for (const r of rows) byFile.set(r.file ?? "", [...(byFile.get(r.file ?? "") ?? []), ...r.lines]);
  return [...byFile].map(([file, lines]) => ({ file, lines: lines.sort((a, b) => a - b) }));
}
