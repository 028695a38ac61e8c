import path from "node:path";
import { buildCalendar, type Calendar } from "../calendar/entries.js";
import { resolveRange } from "../time/date-range.js";
import { ExitCode, InputError } from "../core/errors.js";
import type { Io } from "../io/streams.js";
import { writeCalendar, type CalendarFormat } from "../outputs/calendar/index.js";
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
  maxBytes?: number;
  maxAliases?: number;
}

/** The calendar in a format: a document through render/, the machine formats through outputs/. */
export async function renderCalendar(calendar: Calendar, format: CalendarFormat, today: string, lang?: string): Promise<string> {
  if (format === "md") return (await import("../render/calendar-markdown.js")).renderMarkdown(calendar, { today, lang });
  return writeCalendar(calendar, format, { today });
}

export async function calendarCommand(options: CalendarCommandOptions, io: Io): Promise<number> {
  const range = resolveRange(options);
  const plan = await loadPlanOrReport(options.file, { today: options.today, force: options.force, verb: "build", maxBytes: options.maxBytes, maxAliases: options.maxAliases }, io);
  if (typeof plan === "number") return plan;
  let calendar: Calendar;
  try {
    calendar = buildCalendar(plan, range);
  } catch (error) {
    throw error instanceof InputError ? error.withFile(options.file) : error;
  }
  // The Markdown calendar is a document, in the plan's document language as `render` writes it.
  const text = await renderCalendar(calendar, options.format, options.today, documentLanguage(plan));
  // Markdown says it in the document; the formats for machines keep their shape.
  if (calendar.note !== undefined && options.format !== "md") io.stderr.write(`${options.file}: ${calendar.note}\n`);
  if (options.output === undefined || options.output === "-") {
    io.stdout.write(text);
  } else {
    // Loaded only for --output: most runs print, and the writer brings node:crypto (~8 ms).
    const { writeFileAtomic } = await import("../io/atomic-write.js");
    await writeFileAtomic(path.resolve(io.cwd, options.output), text);
    // A status line, not a result: only for a person watching a terminal, never in CI logs or pipes.
    if (io.stderr.isTTY === true) io.stderr.write(`wrote ${calendar.entries.length} entries for ${range.label} to ${options.output}\n`);
  }
  return ExitCode.ok;
}
