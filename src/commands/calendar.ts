import path from "node:path";
import { buildCalendar, type Calendar } from "../calendar/entries.js";
import { resolveRange } from "../calendar/date-range.js";
import { ExitCode, InputError } from "../errors.js";
import type { Io } from "../io.js";
import { loadPlanOrReport } from "./load-plan-or-report.js";

export const CALENDAR_FORMATS = ["md", "csv", "ics", "json"] as const;
export type CalendarFormat = (typeof CALENDAR_FORMATS)[number];

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

export async function renderCalendar(calendar: Calendar, format: CalendarFormat, today: string): Promise<string> {
  switch (format) {
    case "csv":
      return (await import("../calendar/write-csv.js")).writeCsv(calendar);
    case "ics":
      return (await import("../calendar/write-ics.js")).writeIcs(calendar, { today });
    case "json":
      return (await import("../calendar/write-json.js")).writeJson(calendar);
    case "md":
      return (await import("../calendar/render-markdown.js")).renderMarkdown(calendar, { today });
  }
}

export async function calendarCommand(options: CalendarCommandOptions, io: Io): Promise<number> {
  const range = resolveRange(options);
  const plan = await loadPlanOrReport(options.file, { today: options.today, force: options.force, verb: "build", maxBytes: options.maxBytes, maxAliases: options.maxAliases }, io);
  if (typeof plan === "number") return plan;
  let calendar: Calendar;
  try {
    calendar = buildCalendar(plan, range);
  } catch (error) {
    if (error instanceof InputError) throw new InputError(error.code, error.message, { file: options.file, hint: error.hint });
    throw error;
  }
  const text = await renderCalendar(calendar, options.format, options.today);
  // Markdown says it in the document; the formats for machines keep their shape.
  if (calendar.note !== undefined && options.format !== "md") io.stderr.write(`${options.file}: ${calendar.note}\n`);
  if (options.output === undefined || options.output === "-") {
    io.stdout.write(text);
  } else {
    // Loaded only for --output: most runs print, and the writer brings node:crypto (~8 ms).
    const { writeFileAtomic } = await import("../util/atomic-write.js");
    await writeFileAtomic(path.resolve(io.cwd, options.output), text);
    // A status line, not a result: only for a person watching a terminal, never in CI logs or pipes.
    if (io.stderr.isTTY === true) io.stderr.write(`wrote ${calendar.entries.length} entries for ${range.label} to ${options.output}\n`);
  }
  return ExitCode.ok;
}
