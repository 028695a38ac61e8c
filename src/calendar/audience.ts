// Who an item is for, where they live, and whether its time is reasonable for them.
import type { Plan } from "../plan/types.js";
import { toMinutes } from "../time/civil-date.js";
import { wallClock } from "../time/zoned-time.js";
import { DEFAULT_REASONABLE_HOURS, insideHours, type ReasonableHours } from "../time/reasonable-hours.js";

export type { ReasonableHours };

export const DEFAULT_HOURS: ReasonableHours = DEFAULT_REASONABLE_HOURS;

/** Formats whose time matters to the people attending; the rest is published, not attended. */
export const LIVE_FORMATS: ReadonlySet<string> = new Set([
  "live-qa",
  "ama",
  "webinar",
  "workshop",
  "meetup",
  "hackathon",
  "livestream",
]);

export function reasonableHours(plan: Plan): ReasonableHours {
  return plan.lint?.reasonableHours ?? DEFAULT_HOURS;
}

/** The distinct time zones of the personas in an audience, sorted; unknown persona ids are skipped. */
export function audienceZones(plan: Plan, audience: readonly string[] | undefined): string[] {
  const wanted = new Set(audience ?? []);
  const zones = new Set<string>();
  for (const persona of plan.personas) {
    if (wanted.has(persona.id)) for (const zone of persona.timeZones) zones.add(zone);
  }
  return [...zones].sort();
}

export interface AudienceProfile {
  /** Per audience time zone, the hours judged there: the first persona's `activeHours` (plan order) that lives there, else the plan's. */
  zoneHours: Record<string, ReasonableHours>;
  /**
   * Per audience time zone, the people in it: each persona's `size` spread evenly over its zones.
   * Only when every persona of the audience gives a size; otherwise each zone counts once.
   */
  weights?: Record<string, number>;
}

/** How the audience's time zones are judged and weighed (see AudienceProfile). */
export function audienceProfile(plan: Plan, audience: readonly string[] | undefined, hours: ReasonableHours): AudienceProfile {
  const wanted = new Set(audience ?? []);
  const personas = plan.personas.filter((p) => wanted.has(p.id));
  const zoneHours: Record<string, ReasonableHours> = {};
  for (const persona of personas) {
    for (const zone of persona.timeZones) if (persona.activeHours && !zoneHours[zone]) zoneHours[zone] = persona.activeHours;
  }
  for (const persona of personas) for (const zone of persona.timeZones) zoneHours[zone] ??= hours;
  if (personas.length === 0 || !personas.every((p) => p.size !== undefined)) return { zoneHours };
  const weights: Record<string, number> = {};
  for (const persona of personas) {
    for (const zone of persona.timeZones) weights[zone] = (weights[zone] ?? 0) + persona.size! / persona.timeZones.length;
  }
  return { zoneHours, weights };
}

export interface AudienceTime {
  timeZone: string;
  localDate: string;
  localTime: string;
  /** True when the session falls outside reasonable hours there. */
  outside: boolean;
}

export function audienceTimes(
  epochMs: number,
  duration: number,
  zones: readonly string[],
  hoursIn: (timeZone: string) => ReasonableHours,
): AudienceTime[] {
  return zones.map((timeZone) => {
    const hours = hoursIn(timeZone);
    const wall = wallClock(timeZone, epochMs);
    return {
      timeZone,
      localDate: wall.date,
      localTime: wall.time,
      outside: !insideHours(toMinutes(wall.time), duration, hours),
    };
  });
}
