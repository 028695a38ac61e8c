// The dates a cadence falls on inside a range. Pure date arithmetic: time zones come later.
import type { Cadence } from "../plan/types.js";
import { daysInMonth, fromDayNumber, parseYmd, toDayNumber, WEEKDAYS, weekdayIndex, ymd } from "./civil-date.js";

/**
 * Where "every 2 weeks" or "every 3 months" counts from when a series has no `start`: the plan's
 * horizon start, else this fixed Monday. Never the requested range, so asking for a different
 * range cannot move a fortnightly series to the other week.
 */
export const FALLBACK_ANCHOR = "2000-01-03";

const EPOCH_MONDAY = 4; // 1970-01-05 is day 4 and a Monday.

function weekNumber(day: number): number {
  return Math.floor((day - EPOCH_MONDAY) / 7);
}

function monthNumber(date: string): number {
  const { year, month } = parseYmd(date);
  return year * 12 + month - 1;
}

function onInterval(index: number, anchorIndex: number, interval: number): boolean {
  return (((index - anchorIndex) % interval) + interval) % interval === 0;
}

/** Every date in [from, to] (both included) on which the cadence falls, in order. */
export function cadenceDates(cadence: Cadence, from: string, to: string, anchor: string): string[] {
  const interval = cadence.interval ?? 1;
  if (cadence.every === "week") {
    const weekdays = [...new Set((cadence.weekdays ?? []).map((day) => WEEKDAYS.indexOf(day)))].filter((day) => day >= 0).sort((a, b) => a - b);
    const anchorWeek = weekNumber(toDayNumber(anchor));
    const dates: string[] = [];
    // Week by week, in day numbers: a year of a weekly series is 52 steps, not 365 (lint counts
    // every series' dates for the load estimate).
    const first = toDayNumber(from);
    const last = toDayNumber(to);
    for (let week = weekNumber(first); week <= weekNumber(last); week++) {
      if (!onInterval(week, anchorWeek, interval)) continue;
      for (const weekday of weekdays) {
        const day = EPOCH_MONDAY + week * 7 + weekday;
        if (day >= first && day <= last) dates.push(fromDayNumber(day));
      }
    }
    return dates;
  }
  const dates: string[] = [];
  const anchorMonth = monthNumber(anchor);
  for (let month = monthNumber(from); month <= monthNumber(to); month++) {
    if (!onInterval(month, anchorMonth, interval)) continue;
    const date = monthlyDate(cadence, Math.floor(month / 12), (month % 12) + 1);
    if (date !== undefined && date >= from && date <= to) dates.push(date);
  }
  return dates;
}

/**
 * The day in one month, or undefined when the month has no such day: day 31 in April and a
 * fifth Friday in a month with four are skipped, as RFC 5545 recurrence rules do, rather than
 * moved to another day nobody asked for. Use day -1 or nth -1 for "the last".
 */
export function monthlyDate(cadence: Cadence, year: number, month: number): string | undefined {
  const length = daysInMonth(year, month);
  if (cadence.day !== undefined) {
    const day = cadence.day === -1 ? length : cadence.day;
    return day <= length ? ymd(year, month, day) : undefined;
  }
  if (cadence.nth === undefined || cadence.weekday === undefined) return undefined;
  const target = WEEKDAYS.indexOf(cadence.weekday);
  const firstMatch = 1 + ((target - weekdayIndex(ymd(year, month, 1)) + 7) % 7);
  const matches: number[] = [];
  for (let day = firstMatch; day <= length; day += 7) matches.push(day);
  const day = cadence.nth === -1 ? matches.at(-1) : matches[cadence.nth - 1];
  return day === undefined ? undefined : ymd(year, month, day);
}
