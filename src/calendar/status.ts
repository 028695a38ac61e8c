import type { CalendarEntry } from "./entries.js";

/** One word per entry for tables and CSV: the DST flags must be visible wherever the entry is. */
export function entryStatus(entry: CalendarEntry): string {
  if (entry.moved !== null) {
    const moved = `moved from ${entry.moved.from} (${entry.moved.reason})`;
    return entry.dst === "ok" ? moved : `${moved}; ${dstStatus(entry)}`;
  }
  return dstStatus(entry);
}

function dstStatus(entry: CalendarEntry): string {
  if (entry.dst === "nonexistent") return `moved: ${entry.plannedTime} does not exist (DST gap)`;
  if (entry.dst === "ambiguous") return `ambiguous: ${entry.plannedTime} occurs twice, first one used`;
  return "scheduled";
}
