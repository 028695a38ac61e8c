// The programmatic API: what the CLI does, as plain functions.
// Every document language at hand, so rendering needs no await (the CLI loads only its own).
import "./render/labels/all.js";
export { lintText, type LintOptions } from "./lint/lint-text.js";
export { lintFiles, type LintFilesOptions, type LintFilesOutcome } from "./lint/lint-files.js";
export type { Diagnostic, LintResult } from "./lint/types.js";
export type { Finding, Severity } from "./core/finding.js";
export { rules } from "./rules/index.js";
export type * from "./plan/types.js";
export { measureProgress, readActuals, readActualsFile, svgProgressChart, mermaidProgressChart } from "./progress/index.js";
export type { ProgressReport, TargetProgress, Status as ProgressStatus } from "./progress/index.js";
export { renderDocuments, renderTemplate, buildStrategyView, buildGuidelinesView, TemplateError } from "./render/index.js";
export type { DocumentName, OutputFormat, RenderedDocuments, RenderOptions } from "./render/index.js";
export { buildCalendar, resolveRange, findSlots } from "./calendar/index.js";
/** Call before buildCalendar for a plan with `content.holidays`: loads the holiday data once. */
export { loadHolidays } from "./calendar/holidays.js";
export { writeCsv } from "./outputs/calendar/csv.js";
export { writeIcs } from "./outputs/calendar/ics.js";
export { writeJson } from "./outputs/calendar/json.js";
export { renderMarkdown as renderCalendarMarkdown } from "./render/calendar-markdown.js";
export type { Calendar, CalendarEntry, DateRange, SlotResult } from "./calendar/index.js";
