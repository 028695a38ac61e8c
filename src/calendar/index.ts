// What the calendar offers the programmatic API; its writers live in outputs/calendar/ and render/.
export { buildCalendar, type Calendar, type CalendarEntry, type SkippedDate } from "./entries.js";
export { resolveRange, quarterRange, type DateRange, type RangeRequest } from "../time/date-range.js";
export { findSlots, scoreTime, type SlotRequest, type SlotResult, type SlotScore } from "../time/slots.js";
export { slotsForItem, defaultWindow, type ItemSlots } from "./item-slots.js";
export { resolveLocal, type DstFlag, type ZonedInstant } from "../time/zoned-time.js";
