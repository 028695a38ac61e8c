import { addDays, daysInMonth, parseYmd, toDayNumber, ymd } from "../../time/civil-date.js";
import type { Point } from "../types.js";

export type DateStep = "week" | "month";

/**
 * Evenly spaced dates from `start` to `deadline` for a chart whose x axis places its labels at
 * equal distances (Mermaid's xychart): one per week, or one per month when the span is over six
 * months. They count back from the deadline, so the deadline is always the last point, and the
 * first is at most one step after the start (both ends when the span is shorter than a step).
 */
export function evenDates(start: string, deadline: string): { step: DateStep; dates: string[] } {
  // A deadline on or before the start (a plan lint rejects) has nothing to space out.
  if (deadline <= start) return { step: "week", dates: [...new Set([deadline, start])] };
  const step: DateStep = monthsBefore(deadline, 6) > start ? "month" : "week";
  const dates: string[] = [];
  for (let k = 0; ; k++) {
    const date = step === "week" ? addDays(deadline, -7 * k) : monthsBefore(deadline, k);
    if (date < start) break;
    dates.unshift(date);
  }
  if (dates.length < 2 && start < deadline) dates.unshift(start);
  return { step, dates };
}

/** The same day `months` months earlier, or that month's last day when it is shorter. */
function monthsBefore(date: string, months: number): string {
  const { year, month, day } = parseYmd(date);
  const index = year * 12 + (month - 1) - months;
  const y = Math.floor(index / 12);
  const m = (index % 12) + 1;
  return ymd(y, m, Math.min(day, daysInMonth(y, m)));
}

const dayOf = toDayNumber;

/** The value at `date` on the line through `points` (sorted by date), flat beyond both ends. */
export function interpolate(points: readonly Point[], date: string): number {
  const after = points.findIndex((p) => p.date >= date);
  if (after === 0) return points[0]!.value;
  if (after < 0) return points.at(-1)!.value;
  const a = points[after - 1]!;
  const b = points[after]!;
  return a.value + ((b.value - a.value) * (dayOf(date) - dayOf(a.date))) / (dayOf(b.date) - dayOf(a.date));
}

/** The index of the date in `dates` nearest to `date` (the later one on a tie). */
export function nearestDateIndex(dates: readonly string[], date: string): number {
  let best = 0;
  for (let i = 1; i < dates.length; i++) {
    if (Math.abs(dayOf(dates[i]!) - dayOf(date)) <= Math.abs(dayOf(dates[best]!) - dayOf(date))) best = i;
  }
  return best;
}
