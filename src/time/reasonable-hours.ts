// The local hours in which a live session is reasonable to attend, and the test against them.
import { toMinutes } from "./civil-date.js";

export interface ReasonableHours {
  /** "HH:MM": the earliest reasonable local start and the latest reasonable local end. */
  start: string;
  end: string;
}

/** Used when the plan sets no `lint.reasonableHours`; 22:00, not 21:00, since an evening session at 20:30 is ordinary. */
export const DEFAULT_REASONABLE_HOURS: ReasonableHours = { start: "08:00", end: "22:00" };

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
