import { addDays, WEEKDAYS } from "../time/civil-date.js";
import { resolveLocal } from "../time/zoned-time.js";
import type { Moderator, Plan } from "../plan/types.js";
import { isIsoDate } from "../time/dates.js";
import { isTimeZone } from "../time/zone-names.js";

// Shifts are placed in time with the calendar's zone code, so both agree on daylight saving.
const zonedToUtc = (date: string, time: string, zone: string) => resolveLocal(date, time, zone).epochMs;
/** Assumed when a moderator states no hours: a working week. */
export const DEFAULT_SHIFT = { days: WEEKDAYS.slice(0, 5), start: "09:00", end: "17:00" } as const;

const MINUTE = 60_000;
const WEEK = 7 * 24 * 60;

export interface Gap {
  /** Minutes nobody is on duty. */
  minutes: number;
  /** Where the gap starts, as minutes after Monday 00:00 UTC. */
  startsAt: number;
}

/** Monday on or after `date` (YYYY-MM-DD), as YYYY-MM-DD. */
function mondayFrom(date: string): string {
  const day = new Date(`${date}T00:00:00Z`);
  day.setUTCDate(day.getUTCDate() + ((8 - day.getUTCDay()) % 7));
  return day.toISOString().slice(0, 10);
}

/** One moderator's shifts in the week starting `monday`, as [start, end) minutes after Monday 00:00 UTC. */
function shifts(moderator: Moderator, monday: string): Array<[number, number]> {
  const hours = moderator.hours ?? DEFAULT_SHIFT;
  const days = hours.days ?? DEFAULT_SHIFT.days;
  const weekStart = Date.parse(`${monday}T00:00:00Z`);
  return days.map((day) => {
    const date = addDays(monday, WEEKDAYS.indexOf(day));
    const start = (zonedToUtc(date, hours.start, moderator.timeZone) - weekStart) / MINUTE;
    let end = (zonedToUtc(date, hours.end, moderator.timeZone) - weekStart) / MINUTE;
    if (end <= start) end += 24 * 60; // a night shift that ends the next morning
    return [start, end];
  });
}

/** The longest stretch of the (repeating) week in which no moderator is on duty. */
export function largestGap(moderators: readonly Moderator[], monday: string): Gap {
  const intervals: Array<[number, number]> = [];
  for (const moderator of moderators) {
    if (!isTimeZone(moderator.timeZone)) continue;
    for (const [start, end] of shifts(moderator, monday)) {
      // Fold into one week; a shift that crosses the week's edge continues at its start.
      const from = ((start % WEEK) + WEEK) % WEEK;
      const to = from + (end - start);
      intervals.push([from, Math.min(to, WEEK)]);
      if (to > WEEK) intervals.push([0, to - WEEK]);
    }
  }
  if (intervals.length === 0) return { minutes: WEEK, startsAt: 0 };
  intervals.sort((a, b) => a[0] - b[0]);
  let best: Gap = { minutes: 0, startsAt: 0 };
  let coveredUntil = intervals[0]![1];
  for (const [start, end] of intervals.slice(1)) {
    if (start > coveredUntil && start - coveredUntil > best.minutes) best = { minutes: start - coveredUntil, startsAt: coveredUntil };
    coveredUntil = Math.max(coveredUntil, end);
  }
  // The gap from the last shift of the week to the first one of the next.
  const wrap = WEEK - coveredUntil + intervals[0]![0];
  if (wrap > best.minutes) best = { minutes: wrap, startsAt: coveredUntil % WEEK };
  return best;
}

/**
 * The worst gap over two reference weeks, one in January and one in July of the plan's first
 * year, so both daylight-saving seasons count.
 */
export function worstGap(plan: Plan, today: string): Gap {
  const moderators = plan.moderation?.moderators ?? [];
  const start = plan.horizon && isIsoDate(plan.horizon.start) ? plan.horizon.start : today;
  const year = start.slice(0, 4);
  const gaps = [`${year}-01-15`, `${year}-07-15`].map((date) => largestGap(moderators, mondayFrom(date)));
  return gaps.reduce((a, b) => (b.minutes > a.minutes ? b : a));
}

/** `Fri 22:00 UTC` for a point in the week. */
export function describeWeekPoint(minutes: number): string {
  const day = WEEKDAYS[Math.floor(minutes / 1440) % 7]!;
  const time = `${String(Math.floor((minutes % 1440) / 60)).padStart(2, "0")}:${String(Math.round(minutes % 60)).padStart(2, "0")}`;
  return `${day[0]!.toUpperCase()}${day.slice(1)} ${time} UTC`;
}

/** Minutes in the plan's duration notation, largest units first: 2670 → `1d20h30m`. */
export function formatMinutes(total: number): string {
  const rounded = Math.round(total);
  if (rounded <= 0) return "0m";
  const days = Math.floor(rounded / 1440);
  const hours = Math.floor((rounded % 1440) / 60);
  const minutes = rounded % 60;
  return `${days ? `${days}d` : ""}${hours ? `${hours}h` : ""}${minutes ? `${minutes}m` : ""}`;
}
