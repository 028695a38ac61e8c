// Turning a wall-clock time in an IANA zone into a UTC instant and back. Offsets come from
// src/time/zone-offsets.ts and all other arithmetic is on epoch milliseconds, so the result
// never depends on the process's own zone. (Not date-fns-tz: importing it cost lint about
// 150 ms of start-up, and its offsets come from Intl.DateTimeFormat, another 25 ms.)
//
// DST policy (the same as RFC 5545 §3.3.5, so calendar apps importing our ICS agree with us):
// - a local time that does not exist (the spring-forward gap) is read with the UTC offset in
//   force before the gap, so 02:30 on the change day becomes 03:30; the entry is flagged
//   `nonexistent` and keeps the requested time next to the real one;
// - a local time that exists twice (the autumn change) means its first occurrence, the one
//   still on summer time; the entry is flagged `ambiguous`.
import { fromMinutes, toDayNumber, toMinutes } from "./civil-date.js";
import { utcOffsetMinutes } from "./zone-offsets.js";

const MINUTE_MS = 60_000;
const DAY_MS = 86_400_000;

export type DstFlag = "ok" | "nonexistent" | "ambiguous";

export interface ZonedInstant {
  /** Epoch milliseconds. */
  epochMs: number;
  /** The wall-clock date and time at that instant, which differ from the request in a gap. */
  localDate: string;
  localTime: string;
  /** Minutes east of UTC at that instant. */
  offsetMinutes: number;
  dst: DstFlag;
}

/** The wall clock in `zone` at an instant. */
export function wallClock(zone: string, epochMs: number): { date: string; time: string; offsetMinutes: number } {
  const offsetMinutes = utcOffsetMinutes(zone, epochMs);
  const shifted = new Date(epochMs + offsetMinutes * MINUTE_MS);
  const minutes = shifted.getUTCHours() * 60 + shifted.getUTCMinutes();
  return { date: shifted.toISOString().slice(0, 10), time: fromMinutes(minutes), offsetMinutes };
}

/** Just the "HH:MM" of wallClock, for loops that score many times and need no date. */
export function wallTime(zone: string, epochMs: number): string {
  const local = epochMs + utcOffsetMinutes(zone, epochMs) * MINUTE_MS;
  return fromMinutes(Math.floor((((local % DAY_MS) + DAY_MS) % DAY_MS) / MINUTE_MS));
}

/** The instant of `date` at `time` ("HH:MM") in `zone`, following the DST policy above. */
export function resolveLocal(date: string, time: string, zone: string): ZonedInstant {
  const wallMs = toDayNumber(date) * DAY_MS + toMinutes(time) * MINUTE_MS;
  // Offsets a day either side cover every real-world transition (none are closer than that).
  const before = utcOffsetMinutes(zone, wallMs - DAY_MS);
  const after = utcOffsetMinutes(zone, wallMs + DAY_MS);
  // Most days: one offset all around, so the only candidate below, and it holds. Lint places
  // every moderator's shift of the weeks around an absence this way.
  if (before === after && utcOffsetMinutes(zone, wallMs) === before && utcOffsetMinutes(zone, wallMs - before * MINUTE_MS) === before) {
    return { epochMs: wallMs - before * MINUTE_MS, localDate: date, localTime: time, offsetMinutes: before, dst: "ok" };
  }
  // The wall clock shows `date` `time` at wallMs - offset exactly when the zone's offset at that
  // instant is `offset` (offsets are whole minutes), so each candidate is checked without strings.
  const candidates = [...new Set([before, after, utcOffsetMinutes(zone, wallMs)])]
    .filter((offset) => utcOffsetMinutes(zone, wallMs - offset * MINUTE_MS) === offset)
    .sort((a, b) => b - a);
  const first = candidates[0];
  if (first !== undefined) {
    // The largest offset is the earliest instant: the first of two, in the autumn.
    return { epochMs: wallMs - first * MINUTE_MS, localDate: date, localTime: time, offsetMinutes: first, dst: candidates.length > 1 ? "ambiguous" : "ok" };
  }
  return { ...toInstant(zone, wallMs - before * MINUTE_MS), dst: "nonexistent" };
}

function toInstant(zone: string, epochMs: number): Omit<ZonedInstant, "dst"> {
  const wall = wallClock(zone, epochMs);
  return { epochMs, localDate: wall.date, localTime: wall.time, offsetMinutes: wall.offsetMinutes };
}

/** "2027-03-28T01:30:00Z". */
export function isoUtc(epochMs: number): string {
  return new Date(epochMs).toISOString().replace(/\.\d{3}Z$/, "Z");
}

/** "+01:00", "-05:00", "+05:30". */
export function formatOffset(offsetMinutes: number): string {
  const sign = offsetMinutes < 0 ? "-" : "+";
  const abs = Math.abs(offsetMinutes);
  return `${sign}${fromMinutes(abs)}`;
}
