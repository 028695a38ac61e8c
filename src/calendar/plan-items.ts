// The plan's schedulable items (series and one-off events), their zones and their dates.
import { InputError } from "../core/errors.js";
import type { Event, Plan, Series } from "../plan/types.js";
import { audienceZones } from "./audience.js";
import { withinHorizon } from "./horizon.js";
import { cadenceDates, FALLBACK_ANCHOR } from "../time/recurrence.js";
import { isTimeZone } from "../time/zone-names.js";

export type PlanItem = { kind: "series"; item: Series; index: number } | { kind: "event"; item: Event; index: number };

export function planItems(plan: Plan): PlanItem[] {
  return [
    ...(plan.content?.series ?? []).map((item, index) => ({ kind: "series" as const, item, index })),
    ...(plan.content?.events ?? []).map((item, index) => ({ kind: "event" as const, item, index })),
  ];
}

/** The series or event with this id (series first, as ids may repeat across the two lists). */
export function findPlanItem(plan: Plan, id: string): PlanItem | undefined {
  return planItems(plan).find((entry) => entry.item.id === id);
}

/** The plan path of an item, e.g. ["content", "series", 1]. */
export function itemPath(entry: PlanItem): ["content", "series" | "events", number] {
  return ["content", entry.kind === "series" ? "series" : "events", entry.index];
}

/** The item's zone, checked, so an unknown zone stops the calendar with its path instead of a wrong hour. */
export function itemTimeZone(plan: Plan, entry: PlanItem): string {
  const zone = entry.item.timeZone ?? plan.community.timeZone;
  const path = entry.item.timeZone
    ? `content.${entry.kind === "series" ? "series" : "events"}[${entry.index}].timeZone`
    : "community.timeZone";
  if (!isTimeZone(zone)) {
    throw new InputError("E_TIME_ZONE", `${path} "${zone}" is not a known IANA time zone`, {
      hint: "use a name such as Europe/Amsterdam or America/New_York",
    });
  }
  for (const audienceZone of audienceZones(plan, entry.item.audience)) {
    if (!isTimeZone(audienceZone)) {
      throw new InputError("E_TIME_ZONE", `persona time zone "${audienceZone}" is not a known IANA time zone`);
    }
  }
  return zone;
}

/** The item's dates in [rangeFrom, rangeTo], never outside the plan's horizon nor a series' own start and end. */
export function itemDates(plan: Plan, entry: PlanItem, rangeFrom: string, rangeTo: string): string[] {
  const bounds = withinHorizon(plan, rangeFrom, rangeTo);
  if (!bounds) return [];
  if (entry.kind === "event") {
    const { date } = entry.item;
    return date >= bounds.from && date <= bounds.to ? [date] : [];
  }
  const series = entry.item;
  const from = series.start !== undefined && series.start > bounds.from ? series.start : bounds.from;
  const to = series.end !== undefined && series.end < bounds.to ? series.end : bounds.to;
  if (from > to) return [];
  return cadenceDates(series.cadence, from, to, series.start ?? plan.horizon?.start ?? FALLBACK_ANCHOR);
}

