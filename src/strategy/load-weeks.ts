// The weeks a load estimate is counted in: ISO weeks (Monday to Sunday) of civil dates in the
// community's time zone, over the plan's horizon, or 52 weeks from its start without one.
import type { Plan } from "../plan/types.js";
import { addDays, fromDayNumber, toDayNumber, weekdayIndex } from "../time/civil-date.js";
import { isIsoDate } from "../time/dates.js";
import { FALLBACK_ANCHOR } from "../time/recurrence.js";

export interface LoadWeeks {
  /** First and last day counted, both included. */
  from: string;
  to: string;
  /** The Monday of every week that holds a counted day, in order. */
  mondays: string[];
  /** Counted days (may be fewer than seven in the first and last week) per week. */
  days: number[];
}

/**
 * The range: the horizon, else 52 weeks from `today` (the first week's Monday), else from a
 * fixed Monday, so the result never depends on the clock unless the caller passes one.
 */
export function loadWeeks(plan: Plan, today?: string): LoadWeeks {
  const start = plan.horizon?.start;
  const end = plan.horizon?.end;
  let from: string;
  let to: string;
  if (start !== undefined && end !== undefined && isIsoDate(start) && isIsoDate(end) && start <= end) {
    [from, to] = [start, end];
  } else {
    from = start !== undefined && isIsoDate(start) ? start : today !== undefined && isIsoDate(today) ? today : FALLBACK_ANCHOR;
    to = addDays(from, 52 * 7 - 1);
  }
  const firstMonday = toDayNumber(from) - weekdayIndex(from);
  const count = Math.floor((toDayNumber(to) - firstMonday) / 7) + 1;
  const mondays: string[] = [];
  const days: number[] = [];
  for (let week = 0; week < count; week++) {
    const monday = firstMonday + week * 7;
    mondays.push(fromDayNumber(monday));
    const first = Math.max(monday, toDayNumber(from));
    const last = Math.min(monday + 6, toDayNumber(to));
    days.push(last - first + 1);
  }
  return { from, to, mondays, days };
}

/** The week a date falls in, or -1 outside the range. */
export function weekOf(weeks: LoadWeeks, date: string): number {
  // A large plan asks for the same few hundred dates once per series: answer each date once.
  let known = weekIndexes.get(weeks);
  if (!known) weekIndexes.set(weeks, (known = new Map<string, number>()));
  let week = known.get(date);
  if (week === undefined) {
    week = !isIsoDate(date) || date < weeks.from || date > weeks.to ? -1 : Math.floor((toDayNumber(date) - toDayNumber(weeks.mondays[0]!)) / 7);
    known.set(date, week);
  }
  return week;
}

const weekIndexes = new WeakMap<LoadWeeks, Map<string, number>>();

/** Hours that recur every day of the range (`perDay(weekday)`, 0 = Monday), added up per week. */
export function dailyHours(weeks: LoadWeeks, perDay: (weekday: number, date: number) => number): number[] {
  const out = weeks.mondays.map(() => 0);
  const first = toDayNumber(weeks.from);
  const last = toDayNumber(weeks.to);
  const origin = toDayNumber(weeks.mondays[0]!);
  for (let day = first; day <= last; day++) {
    const offset = day - origin;
    out[Math.floor(offset / 7)]! += perDay(offset % 7, day);
  }
  return out;
}
