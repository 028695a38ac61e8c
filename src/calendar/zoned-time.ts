// Turning a wall-clock time in an IANA zone into a UTC instant and back. Offsets come from
// Intl.DateTimeFormat with an explicit timeZone, and all other arithmetic is on epoch
// milliseconds, so nothing here reads the process's TZ. (Intl directly rather than date-fns-tz:
// importing date-fns-tz costs lint about 150 ms of start-up, for one offset lookup.)
//
// DST policy (the same as RFC 5545 §3.3.5, so calendar apps importing our ICS agree with us):
// - a local time that does not exist (the spring-forward gap) is read with the UTC offset in
//   force before the gap, so 02:30 on the change day becomes 03:30; the entry is flagged
//   `nonexistent` and keeps the requested time next to the real one;
// - a local time that exists twice (the autumn change) means its first occurrence, the one
//   still on summer time; the entry is flagged `ambiguous`.
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

const formatters = new Map<string, Intl.DateTimeFormat>();

/** Throws a RangeError for an unknown zone, as Intl does. */
function formatter(zone: string): Intl.DateTimeFormat {
  let f = formatters.get(zone);
  if (!f) {
    f = new Intl.DateTimeFormat("en-US", {
      timeZone: zone,
      hourCycle: "h23",
      era: "short",
      year: "numeric",
      month: "numeric",
      day: "numeric",
      hour: "numeric",
      minute: "numeric",
      second: "numeric",
    });
    formatters.set(zone, f);
  }
  return f;
}

/** The zone's wall clock at the instant, read back as if it were UTC, minus the instant. */
function computeOffset(zone: string, epochMs: number): number {
  const parts: Record<string, string> = {};
  for (const part of formatter(zone).formatToParts(new Date(epochMs))) parts[part.type] = part.value;
  const year = parts.era === "BC" ? 1 - Number(parts.year) : Number(parts.year);
  const wall = Date.UTC(year, Number(parts.month) - 1, Number(parts.day), Number(parts.hour), Number(parts.minute), Number(parts.second));
  const instant = Math.floor(epochMs / 1000) * 1000;
  return Math.round((wall - instant) / MINUTE_MS);
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
