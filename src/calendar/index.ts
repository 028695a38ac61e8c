// What the calendar offers the rest of the code (render, the programmatic API).
export { buildCalendar, type Calendar, type CalendarEntry, type SkippedDate } from "./entries.js";
export { resolveRange, quarterRange, type DateRange, type RangeRequest } from "./date-range.js";
export { writeCsv, CSV_HEADER } from "./write-csv.js";
export { writeIcs, type IcsOptions } from "./write-ics.js";
export { writeJson } from "./write-json.js";
export { calendarView, type CalendarRow, type CalendarView } from "./calendar-view.js";
export { renderMarkdown } from "./render-markdown.js";
export { findSlots, scoreTime, type SlotRequest, type SlotResult, type SlotScore } from "./slots.js";
export { slotsForItem, defaultWindow, type ItemSlots } from "./item-slots.js";
export { resolveLocal, type DstFlag, type ZonedInstant } from "./zoned-time.js";
