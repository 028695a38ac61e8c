import type { Calendar } from "../../calendar/entries.js";
import { entryStatus } from "../../calendar/status.js";

/** The calendar as data for other tools; keys in a fixed order, epochMs left out as redundant with utc. */
export function writeJson(calendar: Calendar): string {
  const data = {
    community: calendar.community,
    range: calendar.range,
    entries: calendar.entries.map((entry) => {
      const { epochMs: _epochMs, ...rest } = entry;
      return { ...rest, status: entryStatus(entry) };
    }),
    // `lost`: a live session skipped for a holiday or blackout, which nobody gets back.
    skipped: calendar.skipped,
    // All-day items: launch, contests, deadlines, reviews, blackouts, holidays; `end` is the last day.
    dated: calendar.dated.map(({ holiday: _holiday, ...rest }) => rest),
  };
  return `${JSON.stringify(data, null, 2)}\n`;
}
