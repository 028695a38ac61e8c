import path from "node:path";
import { buildCalendar, type Calendar } from "../calendar/entries.js";
import { resolveRange } from "../calendar/date-range.js";
import { ExitCode, InputError } from "../errors.js";
import stylish from "../formatters/stylish.js";
import type { Io } from "../io.js";
import { useColor } from "../io.js";
import { loadCheckedPlan, type CheckedPlan } from "../plan/load-checked-plan.js";
import type { Plan } from "../plan/types.js";
import { rules } from "../rules/index.js";
import { writeFileAtomic } from "../util/atomic-write.js";

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

/** Loads the plan, refusing (exit 1, diagnostics on stderr) when it has lint errors and --force is not given. */
export async function loadPlanOrReport(
  file: string,
  options: { today: string; force: boolean; maxBytes?: number; maxAliases?: number },
  io: Io,
): Promise<Plan | number> {
  const checked: CheckedPlan = await loadCheckedPlan(file, { cwd: io.cwd, today: options.today, maxBytes: options.maxBytes, maxAliases: options.maxAliases });
  if (checked.errors === 0 && checked.plan) return checked.plan;
  io.stderr.write(stylish([checked.result], { cwd: io.cwd, color: useColor(io.stderr, io.env), rules }));
  if (!checked.plan) {
    io.stderr.write(`community-plan: ${file} is not a valid plan; fix the errors above first\n`);
    return ExitCode.findings;
  }
  if (!options.force) {
    io.stderr.write(`community-plan: ${file} has lint errors; fix them, or pass --force to build anyway\n`);
    return ExitCode.findings;
  }
  return checked.plan;
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
      return (await import("../calendar/render-markdown.js")).renderMarkdown(calendar);
  }
}

export async function calendarCommand(options: CalendarCommandOptions, io: Io): Promise<number> {
  const range = resolveRange(options);
  const plan = await loadPlanOrReport(options.file, options, io);
  if (typeof plan === "number") return plan;
  let calendar: Calendar;
  try {
    calendar = buildCalendar(plan, range);
  } catch (error) {
    if (error instanceof InputError) throw new InputError(error.code, error.message, { file: options.file, hint: error.hint });
    throw error;
  }
  const text = await renderCalendar(calendar, options.format, options.today);
  if (options.output === undefined || options.output === "-") {
    io.stdout.write(text);
  } else {
    await writeFileAtomic(path.resolve(io.cwd, options.output), text);
    io.stderr.write(`wrote ${calendar.entries.length} entries for ${range.label} to ${options.output}\n`);
  }
  return ExitCode.ok;
}
