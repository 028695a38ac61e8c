// VTIMEZONE components generated from the zone's real transitions (via Intl)
// around the calendar's range, so importers need no time-zone database of their own.
import { toDayNumber } from "../../time/civil-date.js";
import { icsLocal, icsOffset } from "./ics-text.js";
import { utcOffsetMinutes } from "../../time/zone-offsets.js";
import { wallClock } from "../../time/zoned-time.js";

const DAY_MS = 86_400_000;
const MINUTE_MS = 60_000;

export interface Transition {
  /** The first instant with the new offset. */
  epochMs: number;
  from: number;
  to: number;
}

/** Offset changes between two instants, found day by day and then narrowed to the minute. */
export function transitions(zone: string, startMs: number, endMs: number): Transition[] {
  const found: Transition[] = [];
  let previous = utcOffsetMinutes(zone, startMs);
  for (let t = startMs; t < endMs; t += DAY_MS) {
    const next = Math.min(t + DAY_MS, endMs);
    const offset = utcOffsetMinutes(zone, next);
    if (offset === previous) continue;
    let low = t;
    let high = next;
    while (high - low > MINUTE_MS) {
      const mid = low + Math.floor((high - low) / 2 / MINUTE_MS) * MINUTE_MS;
      if (utcOffsetMinutes(zone, mid) === previous) low = mid;
      else high = mid;
    }
    found.push({ epochMs: high, from: previous, to: offset });
    previous = offset;
  }
  return found;
}

/**
 * The VTIMEZONE lines for `zone` covering the dates from `from` to `to`: the observance in force
 * when the range starts (its last transition within a year before, or a fixed offset since
 * 1970 for zones without DST) and every transition inside the range.
 */
export function vtimezoneLines(zone: string, from: string, to: string): string[] {
  const rangeStart = (toDayNumber(from) - 1) * DAY_MS;
  const rangeEnd = (toDayNumber(to) + 2) * DAY_MS;
  const all = transitions(zone, rangeStart - 400 * DAY_MS, rangeEnd);
  const before = all.filter((t) => t.epochMs < rangeStart).at(-1);
  const inside = all.filter((t) => t.epochMs >= rangeStart);
  const lines = ["BEGIN:VTIMEZONE", `TZID:${zone}`];
  if (before) {
    lines.push(...observance(before));
  } else {
    const offset = utcOffsetMinutes(zone, rangeStart);
    lines.push(
      "BEGIN:STANDARD",
      "DTSTART:19700101T000000",
      `TZOFFSETFROM:${icsOffset(offset)}`,
      `TZOFFSETTO:${icsOffset(offset)}`,
      "END:STANDARD",
    );
  }
  for (const transition of inside) lines.push(...observance(transition));
  lines.push("END:VTIMEZONE");
  return lines;
}

function observance(transition: Transition): string[] {
  const kind = transition.to > transition.from ? "DAYLIGHT" : "STANDARD";
  // DTSTART is the wall-clock time of the change as read on the clock before it (TZOFFSETFROM).
  const local = wallClock("UTC", transition.epochMs + transition.from * MINUTE_MS);
  return [
    `BEGIN:${kind}`,
    `DTSTART:${icsLocal(local.date, local.time)}`,
    `TZOFFSETFROM:${icsOffset(transition.from)}`,
    `TZOFFSETTO:${icsOffset(transition.to)}`,
    `END:${kind}`,
  ];
}
