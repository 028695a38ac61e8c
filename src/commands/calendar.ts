import path from "node:path";
import { buildCalendar, type Calendar } from "../calendar/entries.js";
import { CALENDAR_KINDS, keepKinds, keepScheduleKinds, selectKinds } from "../calendar/kinds.js";
import { resolveRange } from "../time/date-range.js";
import { ExitCode, InputError, UsageError } from "../core/errors.js";
import type { Io } from "../io/streams.js";
import { writeCalendar, type CalendarFormat, type CalendarWriteOptions } from "../outputs/calendar/index.js";
import { readEarlierExport } from "./earlier-export.js";
import { loadHolidays } from "../calendar/holidays.js";
import { loadPlanOrReport } from "./load-plan-or-report.js";
import { documentLanguage } from "../strategy/document-languages.js";

export interface CalendarCommandOptions {
  file: string;
  format: CalendarFormat;
  output?: string;
  quarter?: string;
  from?: string;
  to?: string;
  today: string;
  force: boolean;
  /** ICS: one event per occurrence in the range instead of one recurring event per series. */
  expand?: boolean;
  /** CSV: a UTF-8 byte-order mark. */
  bom?: boolean;
  /** CSV: ",", ";" or "tab". */
  delimiter?: string;
  /** Comma-separated kinds (series, events, launch, contests, deadlines, reviews, blackouts, holidays); default all. */
  include?: string;
  exclude?: string;
  maxBytes?: number;
  maxAliases?: number;
}

/** The calendar in a format: a document through render/, the machine formats through outputs/. */
export async function renderCalendar(calendar: Calendar, format: CalendarFormat, options: CalendarWriteOptions, lang?: string): Promise<string> {
  if (format === "md") {
    const [{ renderMarkdown }, { loadLabels }] = await Promise.all([import("../render/calendar-markdown.js"), import("../render/labels/index.js")]);
    await loadLabels([lang ?? "en"]);
    return renderMarkdown(calendar, { today: options.today, lang });
  }
  return writeCalendar(calendar, format, options);
}

export async function calendarCommand(options: CalendarCommandOptions, io: Io): Promise<number> {
  const range = resolveRange(options);
  if (options.format !== "csv" && (options.bom === true || options.delimiter !== undefined)) {
    throw new UsageError("E_CSV_OPTION", `${options.bom === true ? "--bom" : "--delimiter"} applies to --format csv only`);
  }
  const selected = selectKinds(options.include, options.exclude);
  if ("unknown" in selected) {
    throw new UsageError("E_CALENDAR_KIND", `unknown calendar kind ${selected.unknown.map((k) => `"${k}"`).join(", ")}`, `kinds are ${CALENDAR_KINDS.join(", ")}`);
  }
  const plan = await loadPlanOrReport(options.file, { today: options.today, force: options.force, verb: "build", maxBytes: options.maxBytes, maxAliases: options.maxAliases }, io);
  if (typeof plan === "number") return plan;
  const target = options.output === undefined || options.output === "-" ? undefined : path.resolve(io.cwd, options.output);
  const writeOptions: CalendarWriteOptions = {
    today: options.today,
    csv: { bom: options.bom === true, delimiter: options.delimiter === "tab" ? "\t" : options.delimiter === ";" ? ";" : "," },
  };
  let calendar: Calendar;
  try {
    // Loads the holiday library only when the plan names holidays.
    await loadHolidays(plan);
    if (options.format === "ics" && options.expand !== true) {
      const { buildSchedule, calendarFromSchedule } = await import("../calendar/schedule.js");
      const schedule = buildSchedule(plan, range);
      writeOptions.schedule = keepScheduleKinds(schedule, selected.kinds);
      calendar = keepKinds(calendarFromSchedule(plan, schedule, range), selected.kinds);
    } else {
      calendar = keepKinds(buildCalendar(plan, range), selected.kinds);
    }
  } catch (error) {
    throw error instanceof InputError ? error.withFile(options.file) : error;
  }
  if (options.format === "ics" && target !== undefined) {
    const previous = await readEarlierExport(target, options.output as string);
    if (previous !== undefined) writeOptions.previous = previous;
  }
  // The Markdown calendar is a document, in the plan's document language as `render` writes it.
  const text = await renderCalendar(calendar, options.format, writeOptions, documentLanguage(plan));
  // Markdown says it in the document; the formats for machines keep their shape.
  if (calendar.note !== undefined && options.format !== "md") io.stderr.write(`${options.file}: ${calendar.note}\n`);
  if (target === undefined) {
    io.stdout.write(text);
  } else {
    // Loaded only for --output: most runs print, and the writer brings node:crypto (~8 ms).
    const { writeFileAtomic } = await import("../io/atomic-write.js");
    await writeFileAtomic(target, text);
    // A status line, not a result: only for a person watching a terminal, never in CI logs or pipes.
    if (io.stderr.isTTY === true) io.stderr.write(`wrote ${calendar.entries.length} entries for ${range.label} to ${options.output}\n`);
  }
  return ExitCode.ok;
}
