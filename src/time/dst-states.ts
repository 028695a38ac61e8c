// The distinct combinations of UTC offsets an item and its audience go through in a range.
// A quarter usually has two or three (before and after each side of the Atlantic changes), so
// the slot finder checks one sample day per state instead of every day.
import { toDayNumber } from "./civil-date.js";
import { utcOffsetMinutes } from "./zone-offsets.js";

const DAY_MS = 86_400_000;
const NOON_MS = 12 * 3_600_000;

export interface DstState {
  /** A date in this state, used to evaluate times; the middle one, away from change days. */
  sample: string;
  /** How many of the dates are in this state. */
  days: number;
  /** The offset of each zone (host first, then the audience) in minutes, for display. */
  offsets: number[];
}

export function dstStates(hostZone: string, zones: readonly string[], dates: readonly string[]): DstState[] {
  const allZones = [hostZone, ...zones];
  const groups = new Map<string, { dates: string[]; offsets: number[] }>();
  let last: { dates: string[]; offsets: number[] } | undefined;
  for (const date of dates) {
    const noonUtc = toDayNumber(date) * DAY_MS + NOON_MS;
    // Dates come in order and offsets change a few times a year, so most dates join the group of
    // the date before; only a change builds the key (a daily series is 365 dates).
    if (last !== undefined && sameOffsets(allZones, noonUtc, last.offsets)) {
      last.dates.push(date);
      continue;
    }
    const offsets = allZones.map((zone) => utcOffsetMinutes(zone, noonUtc));
    const key = offsets.join(",");
    last = groups.get(key) ?? { dates: [], offsets };
    last.dates.push(date);
    groups.set(key, last);
  }
  return [...groups.values()].map((group) => ({
    sample: group.dates[Math.floor(group.dates.length / 2)] as string,
    days: group.dates.length,
    offsets: group.offsets,
  }));
}

function sameOffsets(zones: readonly string[], epochMs: number, offsets: readonly number[]): boolean {
  for (let i = 0; i < zones.length; i++) if (utcOffsetMinutes(zones[i]!, epochMs) !== offsets[i]) return false;
  return true;
}
