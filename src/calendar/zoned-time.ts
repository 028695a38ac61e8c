// Turning a wall-clock time in an IANA zone into a UTC instant and back. Offsets come from
// date-fns-tz (which asks Intl), and all other arithmetic is on epoch milliseconds, so nothing
// here reads the process's TZ.
//
// Careful: date-fns-tz's getTimezoneOffset(zone, date) reads the Date's *process-local* fields
// as a wall-clock time in `zone`, and formatInTimeZone's date tokens go through a Date built
// with setHours in the process zone; both change with TZ. Only the offset token ("xxx") of
// formatInTimeZone is computed from the instant itself, so that is the one thing we ask for.
//
// DST policy (the same as RFC 5545 §3.3.5, so calendar apps importing our ICS agree with us):
// - a local time that does not exist (the spring-forward gap) is read with the UTC offset in
//   force before the gap, so 02:30 on the change day becomes 03:30; the entry is flagged
//   `nonexistent` and keeps the requested time next to the real one;
// - a local time that exists twice (the autumn change) means its first occurrence, the one
//   still on summer time; the entry is flagged `ambiguous`.
import { formatInTimeZone } from "date-fns-tz";
import { fromMinutes, toDayNumber } from "./civil-date.js";

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

/** Whether Intl knows the zone by this IANA name (offset strings like "+05:00" are not zones). */
export function isKnownTimeZone(zone: string): boolean {
  if (!/^[A-Za-z]/.test(zone)) return false;
  try {
    offsetAt(zone, 0);
    return true;
  } catch {
    return false;
  }
}

// The same instants come back often (noon of each day, per item and per rule); Intl is slow.
const offsetCache = new Map<string, number>();

/** Minutes east of UTC in `zone` at an instant. Throws for an unknown zone. */
export function offsetAt(zone: string, epochMs: number): number {
  const key = `${zone} ${epochMs}`;
  const cached = offsetCache.get(key);
  if (cached !== undefined) return cached;
  const offset = computeOffset(zone, epochMs);
  if (offsetCache.size > 100_000) offsetCache.clear();
  offsetCache.set(key, offset);
  return offset;
}

function computeOffset(zone: string, epochMs: number): number {
  const text = formatInTimeZone(new Date(epochMs), zone, "xxx");
  const match = /^([+-])(\d{2}):(\d{2})$/.exec(text);
  if (!match) throw new Error(`unexpected offset "${text}" for time zone "${zone}"`);
  const minutes = Number(match[2]) * 60 + Number(match[3]);
  return match[1] === "-" ? -minutes : minutes;
}

/** The wall clock in `zone` at an instant. */
export function wallClock(zone: string, epochMs: number): { date: string; time: string; offsetMinutes: number } {
  const offsetMinutes = offsetAt(zone, epochMs);
  const shifted = new Date(epochMs + offsetMinutes * MINUTE_MS);
  const minutes = shifted.getUTCHours() * 60 + shifted.getUTCMinutes();
  return { date: shifted.toISOString().slice(0, 10), time: fromMinutes(minutes), offsetMinutes };
}

/** The instant of `date` at `time` ("HH:MM") in `zone`, following the DST policy above. */
export function resolveLocal(date: string, time: string, zone: string): ZonedInstant {
  const [h, m] = time.split(":").map(Number) as [number, number];
  const wallMs = toDayNumber(date) * DAY_MS + (h * 60 + m) * MINUTE_MS;
  // Offsets a day either side cover every real-world transition (none are closer than that).
  const before = offsetAt(zone, wallMs - DAY_MS);
  const after = offsetAt(zone, wallMs + DAY_MS);
  const candidates = [...new Set([before, after, offsetAt(zone, wallMs)])]
    .map((offset) => wallMs - offset * MINUTE_MS)
    .filter((epochMs) => wallClock(zone, epochMs).time === time && wallClock(zone, epochMs).date === date)
    .sort((a, b) => a - b);
  const first = candidates[0];
  if (first !== undefined) {
    return { ...toInstant(zone, first), dst: candidates.length > 1 ? "ambiguous" : "ok" };
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
