// Calendar dates without a time or a zone ("2027-03-28"), computed with UTC arithmetic only so
// the result never depends on the process's TZ.
import type { Weekday } from "../plan/types.js";

export const WEEKDAYS: readonly Weekday[] = ["mon", "tue", "wed", "thu", "fri", "sat", "sun"];
const DAY_MS = 86_400_000;

/** Days since 1970-01-01 for a YYYY-MM-DD date. */
export function toDayNumber(date: string): number {
  // Lint turns every date of a year of series into a day number, so the usual date is read digit
  // by digit, without the arrays and Date objects of the general path (a third of member-load's
  // time went to them and to collecting them).
  const parts = isoDigits(date);
  if (parts !== undefined) return daysFromCivil(parts.year, parts.month, parts.day);
  const [y, m, d] = date.split("-").map(Number) as [number, number, number];
  return Math.round(Date.UTC(y, m - 1, d) / DAY_MS);
}

/**
 * The numbers of a date written with YYYY-MM-DD's digits and dashes, with a year from 100 (Date
 * reads 0-99 as 19xx) and a month 1-12; the day is any two digits. Undefined otherwise.
 */
export function isoDigits(text: string): { year: number; month: number; day: number } | undefined {
  if (text.length !== 10 || text.charCodeAt(4) !== DASH || text.charCodeAt(7) !== DASH) return undefined;
  const year = digitsAt(text, 0, 4);
  const month = digitsAt(text, 5, 2);
  const day = digitsAt(text, 8, 2);
  return year < 100 || month < 1 || month > 12 || day < 0 ? undefined : { year, month, day };
}

const DASH = 45;
const COLON = 58;
const ZERO = 48;

function digitsAt(text: string, start: number, count: number): number {
  let value = 0;
  for (let i = start; i < start + count; i++) {
    const digit = text.charCodeAt(i) - ZERO;
    if (digit < 0 || digit > 9) return -1;
    value = value * 10 + digit;
  }
  return value;
}

/**
 * Days since 1970-01-01 of a Gregorian date (month 1-12; a day past the month's end runs on into
 * the next month, as with Date.UTC). Howard Hinnant's days_from_civil: counting years from March
 * puts the leap day last, so every month before it has a fixed length.
 */
function daysFromCivil(year: number, month: number, day: number): number {
  const y = month <= 2 ? year - 1 : year;
  const era = Math.floor(y / 400);
  const yearOfEra = y - era * 400;
  const dayOfYear = Math.floor((153 * ((month + 9) % 12) + 2) / 5) + day - 1;
  return era * 146_097 + yearOfEra * 365 + Math.floor(yearOfEra / 4) - Math.floor(yearOfEra / 100) + dayOfYear - 719_468;
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
  // Arithmetic for the months of real dates (isIsoDate asks for each date it checks); Date for
  // anything else, such as month 13 (January of the next year) or years 0-99 (Date's 1900s).
  if (!Number.isInteger(year) || year < 100 || !Number.isInteger(month) || month < 1 || month > 12) return new Date(Date.UTC(year, month, 0)).getUTCDate();
  const leap = year % 4 === 0 && (year % 100 !== 0 || year % 400 === 0);
  return month === 2 && leap ? 29 : MONTH_DAYS[month - 1]!;
}

const MONTH_DAYS = [31, 28, 31, 30, 31, 30, 31, 31, 30, 31, 30, 31];

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
  // Read in place when written HH:MM, as plans write it: every shift and session time comes here.
  if (time.length === 5 && time.charCodeAt(2) === COLON) {
    const hours = digitsAt(time, 0, 2);
    const minutes = digitsAt(time, 3, 2);
    if (hours >= 0 && minutes >= 0) return hours * 60 + minutes;
  }
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
