// The local hours in which a live session is reasonable to attend, and the test against them.
import { toMinutes } from "./civil-date.js";

export interface ReasonableHours {
  /** "HH:MM": the earliest reasonable local start and the latest reasonable local end. */
  start: string;
  end: string;
}

/**
 * Whether a session starting at `startMinutes` local and lasting `duration` minutes fits in the
 * reasonable hours. Works for windows that wrap midnight (22:00–02:00) too.
 */
export function insideHours(startMinutes: number, duration: number, hours: ReasonableHours): boolean {
  const windowStart = toMinutes(hours.start);
  const length = (toMinutes(hours.end) - windowStart + 1440) % 1440;
  const offset = (startMinutes - windowStart + 1440) % 1440;
  return offset + duration <= length;
}
