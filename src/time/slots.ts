// The slot finder: which start times, in the item's own zone, put the most of its audience's time
// zones inside reasonable hours in every DST state of the range; and, when none suits everyone,
// which pair of alternating times (a rotation) covers the rest.
import { insideHours, type ReasonableHours } from "./reasonable-hours.js";
import { fromMinutes, toMinutes } from "./civil-date.js";
import { dstStates, type DstState } from "./dst-states.js";
import { resolveLocal, wallTime } from "./zoned-time.js";
import { compareStrings } from "../util/compare.js";

export interface SlotRequest {
  /** The item's own zone: candidates are local times there. */
  timeZone: string;
  /** The audience's time zones. */
  zones: readonly string[];
  /** The local dates the item happens on; their DST states are what a slot must survive. */
  dates: readonly string[];
  durationMinutes: number;
  /** The host's hours, and the audience's where `zoneHours` does not say. */
  hours: ReasonableHours;
  /** Hours per audience zone, from the personas' `activeHours`. */
  zoneHours?: Readonly<Record<string, ReasonableHours>>;
  /** People per audience zone: shares are weighted by them when given. */
  weights?: Readonly<Record<string, number>>;
  /** The item's current time, preferred among equally good slots. */
  preferred?: string;
  stepMinutes?: number;
}

export interface SlotScore {
  /** "HH:MM" in the item's zone. */
  time: string;
  /** Audience zones inside reasonable hours in every DST state. */
  fits: string[];
  /** fits / zones, weighted by the zones' people when the request gives weights. */
  share: number;
  /** Share of (zone, day) pairs inside, across all days, weighted like `share`. */
  meanShare: number;
  /** Whether the host, in the item's own zone, is inside reasonable hours too. */
  hostInside: boolean;
  /** Per zone, its local start time in each DST state ("09:00" or "08:00/09:00"). */
  localTimes: Array<{ timeZone: string; times: string; inside: boolean }>;
}

export interface SlotResult {
  states: DstState[];
  /** Best first. */
  ranked: SlotScore[];
  suitsEveryone: boolean;
  /** Two times to alternate between that together cover every zone, when no single time does. */
  rotation: [SlotScore, SlotScore] | undefined;
}

export function scoreTime(time: string, request: SlotRequest, states: readonly DstState[]): SlotScore {
  const totalDays = states.reduce((sum, s) => sum + s.days, 0) || 1;
  const weight = (zone: string) => request.weights?.[zone] ?? 1;
  const totalWeight = request.zones.reduce((sum, zone) => sum + weight(zone), 0) || 1;
  let insideDays = 0;
  let hostInside = true;
  const perZone = request.zones.map((timeZone) => ({ timeZone, times: new Set<string>(), inside: true, hours: request.zoneHours?.[timeZone] ?? request.hours }));
  for (const state of states) {
    const instant = resolveLocal(state.sample, time, request.timeZone);
    hostInside &&= insideHours(toMinutes(instant.localTime), request.durationMinutes, request.hours);
    for (const zone of perZone) {
      const local = wallTime(zone.timeZone, instant.epochMs);
      zone.times.add(local);
      if (insideHours(toMinutes(local), request.durationMinutes, zone.hours)) insideDays += state.days * weight(zone.timeZone);
      else zone.inside = false;
    }
  }
  const fits = perZone.filter((z) => z.inside).map((z) => z.timeZone);
  return {
    time,
    fits,
    share: request.zones.length === 0 ? 1 : fits.reduce((sum, zone) => sum + weight(zone), 0) / totalWeight,
    meanShare: request.zones.length === 0 ? 1 : insideDays / (totalDays * totalWeight),
    hostInside,
    localTimes: perZone.map((z) => ({ timeZone: z.timeZone, times: [...z.times].join("/"), inside: z.inside })),
  };
}

export function findSlots(request: SlotRequest, states: DstState[] = dstStates(request.timeZone, request.zones, request.dates)): SlotResult {
  const step = request.stepMinutes ?? 30;
  const scores: SlotScore[] = [];
  for (let minutes = 0; minutes < 1440; minutes += step) scores.push(scoreTime(fromMinutes(minutes), request, states));
  const preferred = request.preferred === undefined ? 0 : toMinutes(request.preferred);
  const distance = (time: string) => {
    const d = Math.abs(toMinutes(time) - preferred);
    return Math.min(d, 1440 - d);
  };
  const ranked = [...scores].sort(
    (a, b) =>
      b.share - a.share ||
      Number(b.hostInside) - Number(a.hostInside) ||
      b.meanShare - a.meanShare ||
      distance(a.time) - distance(b.time) ||
      compareStrings(a.time, b.time),
  );
  // Counted, not compared with a share of 1: weighted shares add up with rounding.
  const suitsEveryone = ranked[0] !== undefined && ranked[0].fits.length === request.zones.length;
  return { states, ranked, suitsEveryone, rotation: suitsEveryone ? undefined : findRotation(ranked, request.zones.length) };
}

/** The best pair of times whose fitting zones together cover the whole audience. */
function findRotation(ranked: readonly SlotScore[], zoneCount: number): [SlotScore, SlotScore] | undefined {
  for (let i = 0; i < ranked.length; i++) {
    for (let j = i + 1; j < ranked.length; j++) {
      const a = ranked[i] as SlotScore;
      const b = ranked[j] as SlotScore;
      if (new Set([...a.fits, ...b.fits]).size === zoneCount) {
        return a.time < b.time ? [a, b] : [b, a];
      }
    }
  }
  return undefined;
}
