// Connects the slot finder to a plan item: its zone, audience, duration and dates.
import type { Plan } from "../plan/types.js";
import { audienceProfile, audienceZones, type ReasonableHours } from "./audience.js";
import { addDays, durationMinutes } from "../time/civil-date.js";
import { itemDates, type PlanItem } from "./plan-items.js";
import { dstStates, type DstState } from "../time/dst-states.js";
import { findSlots, scoreTime, type SlotRequest, type SlotResult, type SlotScore } from "../time/slots.js";

export interface ItemSlots {
  request: SlotRequest;
  /** How the item's current time scores. */
  current: SlotScore;
  result: SlotResult;
}

/**
 * The dates to judge an item over when no range is asked for (the lint rule): an event's own
 * date; a series from its start (else the horizon's, else today) for at most a year, so the
 * DST states of a whole year count.
 */
export function defaultWindow(plan: Plan, entry: PlanItem, today: string): { from: string; to: string } {
  if (entry.kind === "event") return { from: entry.item.date, to: entry.item.date };
  const from = entry.item.start ?? plan.horizon?.start ?? today;
  const yearLater = addDays(from, 364);
  const end = entry.item.end ?? plan.horizon?.end ?? yearLater;
  return { from, to: end < yearLater ? end : yearLater };
}

/** How the item's current time scores over its dates; undefined when it has none in the window. */
export function currentSlot(
  plan: Plan,
  entry: PlanItem,
  timeZone: string,
  window: { from: string; to: string },
  hours: ReasonableHours,
): Omit<ItemSlots, "result"> & { states: DstState[] } | undefined {
  // An event is judged on its own date whatever the window.
  const dates = entry.kind === "event" ? [entry.item.date] : itemDates(plan, entry, window.from, window.to);
  if (dates.length === 0) return undefined;
  const request: SlotRequest = {
    timeZone,
    zones: audienceZones(plan, entry.item.audience),
    dates,
    durationMinutes: entry.item.duration ? durationMinutes(entry.item.duration) : 0,
    hours,
    ...audienceProfile(plan, entry.item.audience, hours),
    preferred: entry.item.localTime,
  };
  const states = dstStates(request.timeZone, request.zones, request.dates);
  return { request, states, current: scoreTime(entry.item.localTime, request, states) };
}

/** Scores the item's time and ranks the alternatives; undefined when it has no dates in the window. */
export function slotsForItem(
  plan: Plan,
  entry: PlanItem,
  timeZone: string,
  window: { from: string; to: string },
  hours: ReasonableHours,
): ItemSlots | undefined {
  const judged = currentSlot(plan, entry, timeZone, window, hours);
  if (!judged) return undefined;
  return { request: judged.request, current: judged.current, result: findSlots(judged.request, judged.states) };
}
