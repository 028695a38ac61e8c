// Who an item is for, where they live, and whether its time is reasonable for them.
import type { Plan } from "../plan/types.js";
import { toMinutes } from "../time/civil-date.js";
import { wallClock } from "../time/zoned-time.js";
import { insideHours, type ReasonableHours } from "../time/reasonable-hours.js";

export type { ReasonableHours };

export const DEFAULT_HOURS: ReasonableHours = { start: "08:00", end: "21:00" };

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
  hours: ReasonableHours,
): AudienceTime[] {
  return zones.map((timeZone) => {
    const wall = wallClock(timeZone, epochMs);
    return {
      timeZone,
      localDate: wall.date,
      localTime: wall.time,
      outside: !insideHours(toMinutes(wall.time), duration, hours),
    };
  });
}
