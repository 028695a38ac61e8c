// The whole schedule of each series and event, independent of the range asked for: what a
// subscribed calendar holds. A series runs from its start (else the horizon's start) to its end
// (else the horizon's end); only without either does the requested range bound it, so two
// quarters exported from a plan with a horizon describe the same series.
import type { Plan, Series } from "../plan/types.js";
import type { DateRange } from "../time/date-range.js";
import { withinHorizon } from "./horizon.js";
import { assembleCalendar, communityId, itemOccurrences, type Calendar, type CalendarEntry, type SkippedDate } from "./entries.js";
import { itemTimeZone, planItems, type PlanItem } from "./plan-items.js";
import { compareStrings } from "../util/compare.js";
import { datedItems, type DatedItem } from "./dated-items.js";

export interface ScheduledItem {
  kind: "series" | "event";
  id: string;
  timeZone: string;
  /** The series itself when kind is "series": its cadence becomes the RRULE. */
  series: Series | null;
  /** Every date the cadence falls on in the item's window, skipped ones included, in order. */
  ruleDates: string[];
  entries: CalendarEntry[];
  skipped: SkippedDate[];
}

export interface Schedule {
  community: string;
  communityId: string;
  /** The earliest and latest day any item covers: the span VTIMEZONEs must describe. */
  span: { from: string; to: string };
  items: ScheduledItem[];
  /** The all-day items over the horizon and the range, so two quarters' exports hold the same ones. */
  dated: DatedItem[];
}

/** A series' own window: its start and end, else the horizon's, else the requested range; inside the horizon. */
export function seriesWindow(plan: Plan, series: Series, range: DateRange): { from: string; to: string } | undefined {
  const from = series.start ?? plan.horizon?.start ?? range.from;
  const to = series.end ?? plan.horizon?.end ?? range.to;
  return withinHorizon(plan, from, to);
}

/** An event's window: its own day when the horizon holds it (events outside the range are kept too). */
function itemWindow(plan: Plan, entry: PlanItem, range: DateRange): { from: string; to: string } | undefined {
  if (entry.kind === "series") return seriesWindow(plan, entry.item, range);
  return withinHorizon(plan, entry.item.date, entry.item.date);
}

export function buildSchedule(plan: Plan, range: DateRange): Schedule {
  const items: ScheduledItem[] = [];
  let span = { from: range.from, to: range.to };
  for (const entry of planItems(plan)) {
    const window = itemWindow(plan, entry, range);
    if (window === undefined) continue;
    const { entries, skipped } = itemOccurrences(plan, entry, window.from, window.to);
    if (entries.length === 0) continue;
    // The cadence's own dates: a moved occurrence counts on the date it was moved from.
    const ruleDates = [...entries.map((e) => e.moved?.from ?? e.date), ...skipped.map((s) => s.date)].sort();
    // Both ends count: a move can take an occurrence past the cadence's first or last date.
    const days = [span.from, span.to, ruleDates[0]!, ruleDates.at(-1)!, entries[0]!.date, entries.at(-1)!.date].sort();
    span = { from: days[0]!, to: days.at(-1)! };
    items.push({
      kind: entry.kind,
      id: entry.item.id,
      timeZone: itemTimeZone(plan, entry),
      series: entry.kind === "series" ? entry.item : null,
      ruleDates,
      entries,
      skipped,
    });
  }
  items.sort((a, b) => compareStrings(a.kind, b.kind) || compareStrings(a.id, b.id));
  const datedFrom = plan.horizon?.start !== undefined && plan.horizon.start < range.from ? plan.horizon.start : range.from;
  const datedTo = plan.horizon?.end !== undefined && plan.horizon.end > range.to ? plan.horizon.end : range.to;
  return { community: plan.community.name, communityId: communityId(plan), span, items, dated: datedItems(plan, datedFrom, datedTo) };
}

/**
 * The requested range's calendar, cut from the schedule: every window covers the part of the
 * range its item can fall in, so this equals buildCalendar(plan, range) without expanding twice.
 */
export function calendarFromSchedule(plan: Plan, schedule: Schedule, range: DateRange): Calendar {
  const inRange = (item: { date: string }): boolean => item.date >= range.from && item.date <= range.to;
  const entries = schedule.items.flatMap((item) => item.entries.filter(inRange));
  const skipped = schedule.items.flatMap((item) => item.skipped.filter(inRange));
  return assembleCalendar(plan, range, entries, skipped);
}
