// What happens to an occurrence on a day it cannot take place: a public holiday of the plan, or a
// blackout that stops its format (`stops`, every format when left out). The item's `onHoliday`
// says skip (the default), or move to the next or previous free day at the same local time.
import type { Plan } from "../plan/types.js";
import { addDays } from "../time/civil-date.js";
import { holidayLabel, holidaysOn } from "./holidays.js";
import type { PlanItem } from "./plan-items.js";

/** How far a move may go looking for a free day: a week covers Easter and Christmas runs. */
export const MAX_SHIFT_DAYS = 7;

export type DayPolicy = "skip" | "next-day" | "previous-day";

/** Why a day is not free: the reason in English (the machine formats'), and the holiday if one. */
export interface DayBlock {
  reason: string;
  /** The first holiday that day (its id, as in the calendar's holiday items); null for a blackout. */
  holiday: string | null;
}

export type Resolution = { date: string; moved: { from: string; block: DayBlock } | null } | { skipped: DayBlock };

export function dayPolicy(entry: PlanItem): DayPolicy {
  return entry.item.onHoliday ?? "skip";
}

/** Whether the plan can block any day at all: without holidays or blackouts nothing needs checking. */
export function mayBlock(plan: Plan): boolean {
  return (plan.content?.holidays?.length ?? 0) > 0 || (plan.content?.blackouts?.length ?? 0) > 0;
}

/** What keeps an item of this format off `date`: a holiday first, then a blackout that stops it. */
export function blockOn(plan: Plan, format: string, date: string): DayBlock | undefined {
  const holidays = holidaysOn(plan, date);
  if (holidays.length > 0) {
    return { reason: holidays.map((h) => holidayLabel(h)).join(", "), holiday: holidays[0]!.id };
  }
  for (const blackout of plan.content?.blackouts ?? []) {
    if (date < blackout.from || date > (blackout.to ?? blackout.from)) continue;
    if (blackout.stops !== undefined && !(blackout.stops as readonly string[]).includes(format)) continue;
    return { reason: blackout.reason ?? `blackout ${blackout.from}${blackout.to ? ` to ${blackout.to}` : ""}`, holiday: null };
  }
  return undefined;
}

/**
 * Where an occurrence the cadence puts on `date` goes. A move steps day by day in its direction,
 * at most MAX_SHIFT_DAYS, and stops (the occurrence is skipped) at a day the item already meets
 * (it would double up) or a day outside its bounds; otherwise the first free day takes it.
 */
export function resolveDate(
  plan: Plan,
  entry: PlanItem,
  date: string,
  ruleDates: ReadonlySet<string>,
  inBounds: (date: string) => boolean,
): Resolution {
  const block = blockOn(plan, entry.item.format, date);
  if (block === undefined) return { date, moved: null };
  const policy = dayPolicy(entry);
  if (policy === "skip") return { skipped: block };
  const step = policy === "next-day" ? 1 : -1;
  for (let shift = 1; shift <= MAX_SHIFT_DAYS; shift++) {
    const candidate = addDays(date, step * shift);
    if (ruleDates.has(candidate) || !inBounds(candidate)) break;
    if (blockOn(plan, entry.item.format, candidate) === undefined) return { date: candidate, moved: { from: date, block } };
  }
  return { skipped: block };
}
