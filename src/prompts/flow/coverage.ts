// The longest stretch in a week when no moderator is on duty, across their time zones. The
// response-time promise defaults to a round number above it: a promise the team can keep.
import type { Moderator, Weekday } from "../../plan/types.js";
import { utcOffsetMinutes } from "../../time/zone-offsets.js";

const WEEK = 7 * 24 * 60;
const dayIndex: Record<Weekday, number> = { mon: 0, tue: 1, wed: 2, thu: 3, fri: 4, sat: 5, sun: 6 };
const weekdays: Weekday[] = ["mon", "tue", "wed", "thu", "fri"];
const toMinutes = (time: string) => Number(time.slice(0, 2)) * 60 + Number(time.slice(3, 5));

/** Minutes of the longest gap in the week (offsets taken on `day`), or the whole week without hours. */
export function longestGapMinutes(moderators: readonly Moderator[], day: string): number {
  const covered = new Uint8Array(WEEK);
  const noon = Date.parse(`${day}T12:00:00Z`);
  for (const moderator of moderators) {
    if (!moderator.hours) continue;
    const offset = utcOffsetMinutes(moderator.timeZone, noon);
    const start = toMinutes(moderator.hours.start);
    let length = toMinutes(moderator.hours.end) - start;
    if (length <= 0) length += 24 * 60; // an overnight shift
    for (const weekday of moderator.hours.days ?? weekdays) {
      const from = dayIndex[weekday] * 1440 + start - offset;
      for (let m = 0; m < length; m++) covered[(((from + m) % WEEK) + WEEK) % WEEK] = 1;
    }
  }
  const first = covered.indexOf(1);
  if (first === -1) return WEEK;
  // Walk once around the week from a covered minute, so a gap across Sunday night counts whole.
  let longest = 0;
  let run = 0;
  for (let i = 1; i <= WEEK; i++) {
    if (covered[(first + i) % WEEK]) run = 0;
    else longest = Math.max(longest, ++run);
  }
  return longest;
}

/** The smallest of 24h, 48h, 72h, 4d … 7d that covers the gap. */
export function keepablePromise(gapMinutes: number): string {
  const hours = Math.ceil(gapMinutes / 60);
  if (hours <= 24) return "24h";
  if (hours <= 48) return "48h";
  if (hours <= 72) return "72h";
  return `${Math.min(7, Math.ceil(hours / 24))}d`;
}

/** The one duration parser (src/time/), NaN for text that is not a duration. */
export { parseDurationMinutes as durationMinutes } from "../../time/civil-date.js";
