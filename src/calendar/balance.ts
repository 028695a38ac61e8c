// How a calendar's occurrences spread over pillars, channels, owners and weeks: a quarter with 16
// of 22 items in one pillar, or one person carrying most of it, shows at a glance.
import { addDays, weekdayIndex } from "../time/civil-date.js";
import { compareStrings } from "../util/compare.js";
import type { CalendarEntry } from "./entries.js";

export interface BalanceRow {
  name: string;
  count: number;
  /** "73%" of the calendar's occurrences, rounded. */
  share: string;
}

export interface Balance {
  pillars: BalanceRow[];
  channels: BalanceRow[];
  owners: BalanceRow[];
  /** Per ISO week (Monday to Sunday), named by its Monday, in date order. */
  weeks: BalanceRow[];
}

/** `none` names the rows of entries without a pillar or owner. */
export function calendarBalance(entries: readonly CalendarEntry[], none: string): Balance {
  const total = entries.length;
  const rows = (keyOf: (entry: CalendarEntry) => string, byName: boolean): BalanceRow[] => {
    const counts = new Map<string, number>();
    for (const entry of entries) counts.set(keyOf(entry), (counts.get(keyOf(entry)) ?? 0) + 1);
    return [...counts]
      .sort(([a, x], [b, y]) => (byName ? compareStrings(a, b) : y - x || compareStrings(a, b)))
      .map(([name, count]) => ({ name, count, share: `${Math.round((count / total) * 100)}%` }));
  };
  return {
    pillars: rows((e) => e.pillarName ?? none, false),
    channels: rows((e) => e.channelName, false),
    owners: rows((e) => e.owner ?? none, false),
    weeks: rows((e) => addDays(e.date, -weekdayIndex(e.date)), true),
  };
}
