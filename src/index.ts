// The programmatic API: what the CLI does, as plain functions.
export { lintText, type LintOptions } from "./lint/lint-text.js";
export { lintFiles, type LintFilesOptions, type LintFilesOutcome } from "./lint/lint-files.js";
export type { Diagnostic, LintResult, Severity } from "./lint/types.js";
export { rules } from "./rules/index.js";
export type * from "./plan/types.js";
export { measureProgress, readActuals, readActualsFile, svgProgressChart, mermaidProgressChart } from "./progress/index.js";
export type { ProgressReport, TargetProgress, Status as ProgressStatus } from "./progress/index.js";
export { renderDocuments, renderTemplate, buildStrategyView, buildGuidelinesView, TemplateError } from "./render/index.js";
export type { DocumentName, OutputFormat, RenderedDocuments, RenderOptions } from "./render/index.js";
export { buildCalendar, resolveRange, writeCsv, writeIcs, writeJson, renderMarkdown as renderCalendarMarkdown, findSlots } from "./calendar/index.js";
export type { Calendar, CalendarEntry, DateRange, SlotResult } from "./calendar/index.js";
