// Calendar dates without a time or a zone ("2027-03-28"), computed with UTC arithmetic only so
// the result never depends on the process's TZ.
import type { Weekday } from "../plan/types.js";

export const WEEKDAYS: readonly Weekday[] = ["mon", "tue", "wed", "thu", "fri", "sat", "sun"];
const DAY_MS = 86_400_000;

/** Days since 1970-01-01 for a YYYY-MM-DD date. */
export function toDayNumber(date: string): number {
  const [y, m, d] = date.split("-").map(Number) as [number, number, number];
  return Math.round(Date.UTC(y, m - 1, d) / DAY_MS);
}

export function fromDayNumber(day: number): string {
  // A plan's dates fall on a few hundred days, asked for once per series: write each day once.
  let date = dayNames.get(day);
  if (date === undefined) {
    date = new Date(day * DAY_MS).toISOString().slice(0, 10);
    if (dayNames.size < 100_000) dayNames.set(day, date);
  }
  return date;
}

const dayNames = new Map<number, string>();

export function addDays(date: string, days: number): string {
  return fromDayNumber(toDayNumber(date) + days);
}

/** 0 = Monday … 6 = Sunday (ISO order, as in the plan's weekday names). */
export function weekdayIndex(date: string): number {
  return weekdayOfDay(toDayNumber(date));
}

/** weekdayIndex for a day number: 1970-01-01, day 0, was a Thursday. */
export function weekdayOfDay(day: number): number {
  return (((day + 3) % 7) + 7) % 7;
}

export function daysInMonth(year: number, month: number): number {
  return new Date(Date.UTC(year, month, 0)).getUTCDate();
}

export function ymd(year: number, month: number, day: number): string {
  return `${String(year).padStart(4, "0")}-${String(month).padStart(2, "0")}-${String(day).padStart(2, "0")}`;
}

export function parseYmd(date: string): { year: number; month: number; day: number } {
  const [year, month, day] = date.split("-").map(Number) as [number, number, number];
  return { year, month, day };
}

/** Every date from `from` to `to`, both included. */
export function* eachDay(from: string, to: string): Generator<string> {
  const last = toDayNumber(to);
  for (let day = toDayNumber(from); day <= last; day++) yield fromDayNumber(day);
}

/** "HH:MM" → minutes after midnight. */
export function toMinutes(time: string): number {
  const [h, m] = time.split(":").map(Number) as [number, number];
  return h * 60 + m;
}

export function fromMinutes(minutes: number): string {
  const m = ((minutes % 1440) + 1440) % 1440;
  return `${String(Math.floor(m / 60)).padStart(2, "0")}:${String(m % 60).padStart(2, "0")}`;
}

/** A plan duration such as "45m", "1h30m", "2d" or "1w", in minutes; NaN when it is not one. */
export function parseDurationMinutes(duration: string): number {
  const match = /^(?:(\d+)w)?(?:(\d+)d)?(?:(\d+)h)?(?:(\d+)m)?$/.exec(duration);
  if (!match) return Number.NaN;
  return Number(match[1] ?? 0) * 10_080 + Number(match[2] ?? 0) * 1440 + Number(match[3] ?? 0) * 60 + Number(match[4] ?? 0);
}

/** parseDurationMinutes for a duration the schema has checked: anything else is a bug. */
export function durationMinutes(duration: string): number {
  const minutes = parseDurationMinutes(duration);
  if (Number.isNaN(minutes)) throw new Error(`not a duration: ${duration}`);
  return minutes;
}
