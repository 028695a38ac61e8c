import { daysInMonth, isoDigits } from "./civil-date.js";

/** Today's date on this machine's calendar, as YYYY-MM-DD. */
export function todayIso(now: Date = new Date()): string {
  const y = now.getFullYear();
  const m = String(now.getMonth() + 1).padStart(2, "0");
  const d = String(now.getDate()).padStart(2, "0");
  return `${y}-${m}-${d}`;
}

/** Whether `text` is a real calendar date written YYYY-MM-DD (rejects 2027-02-30; years before 100 too, as Date reads them as 19xx). */
export function isIsoDate(text: string): boolean {
  const parts = isoDigits(text);
  return parts !== undefined && parts.day >= 1 && parts.day <= daysInMonth(parts.year, parts.month);
}
