// How a calendar's occurrences spread over pillars, channels, owners and weeks: a quarter with 16
// of 22 items in one pillar, or one person carrying most of it, shows at a glance.
import { addDays, weekdayIndex } from "../time/civil-date.js";
import { compareStrings } from "../util/compare.js";
import type { CalendarEntry } from "./entries.js";

export interface BalanceRow {
  /** null: the occurrences without a pillar or owner; the document names them in its language. */
  name: string | null;
  count: number;
}

export interface Balance {
  pillars: BalanceRow[];
  channels: BalanceRow[];
  owners: BalanceRow[];
  /** Per ISO week (Monday to Sunday), named by its Monday, in date order. */
  weeks: BalanceRow[];
}

export function calendarBalance(entries: readonly CalendarEntry[]): Balance {
  const rows = (keyOf: (entry: CalendarEntry) => string | null, byName: boolean): BalanceRow[] => {
    const counts = new Map<string | null, number>();
    for (const entry of entries) {
      const key = keyOf(entry);
      counts.set(key, (counts.get(key) ?? 0) + 1);
    }
    // The unnamed row comes last among equals, whatever its name reads in the document.
    const name = (key: string | null): string => key ?? "\uffff";
    return [...counts]
      .sort(([a, x], [b, y]) => (byName ? compareStrings(name(a), name(b)) : y - x || compareStrings(name(a), name(b))))
      .map(([key, count]) => ({ name: key, count }));
  };
  return {
    pillars: rows((e) => e.pillarName ?? null, false),
    channels: rows((e) => e.channelName, false),
    owners: rows((e) => e.owner ?? null, false),
    weeks: rows((e) => addDays(e.date, -weekdayIndex(e.date)), true),
  };
}
