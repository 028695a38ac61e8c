// Reading an actuals file and measuring a plan against it, for `progress` and `render --actuals`:
// errors in the file stop the run (each with file:line on stderr), warnings are printed and the
// measurement goes on.
import path from "node:path";
import { InputError } from "../core/errors.js";
import type { Io } from "../io/streams.js";
import type { Plan } from "../plan/types.js";
import { measureProgress } from "../progress/measure-progress.js";
import { readActualsFile } from "../progress/read-actuals-file.js";
import { readActuals } from "../progress/read-actuals.js";
import { measureFromExports, type MeasuredSeries } from "../progress/exports/measure-exports.js";
import type { Actuals, ActualsIssue, ProgressReport } from "../progress/types.js";

export interface MeasureOptions {
  plan: string;
  /** Optional when the plan's targets say where their numbers come from (`measure:`). */
  actuals?: string;
  /** `--data <dir>`: where exports are looked for when a measure names no file. */
  data?: string;
  today: string;
}

export async function measureActuals(plan: Plan, options: MeasureOptions, io: Io): Promise<ProgressReport> {
  return (await measurePlan(plan, options, io)).report;
}

/** The progress report, and the series read from exports (for `progress --explain`). */
export async function measurePlan(plan: Plan, options: MeasureOptions, io: Io): Promise<{ report: ProgressReport; series: MeasuredSeries[]; actuals: Actuals }> {
  const exports = await measureFromExports(plan, { cwd: io.cwd, planFile: options.plan, ...(options.data !== undefined && { dataDir: options.data }) });
  if (exports.issues.length > 0) {
    for (const issue of exports.issues) io.stderr.write(`${issue.file}:${issue.line}  error  ${issue.message}\n`);
    const n = exports.issues.length;
    throw new InputError("E_EXPORT", `the exports have ${n} ${n === 1 ? "error" : "errors"}; nothing was measured`, {
      hint: "each problem above names the file and line; a column that is missing is listed with the columns found",
    });
  }
  if (options.actuals === undefined && exports.series.length === 0) {
    throw new InputError("E_NO_ACTUALS", "nothing to measure from: pass --actuals <file>, or say in the plan where targets are measured from (measure:)", { file: options.plan });
  }
  const actuals: Actuals = options.actuals === undefined ? { observations: [], issues: [] } : await readActualsOrReport(options.actuals, io);
  const shown = options.actuals ?? [...new Set(exports.series.flatMap((s) => s.files))].join(", ");
  const report = measureProgress(plan, actuals, { today: options.today, planFile: options.plan, actualsFile: shown, series: exports.series });
  for (const warning of report.warnings) io.stderr.write(issueLine(shown, warning));
  return { report, series: exports.series, actuals };
}

async function readActualsOrReport(file: string, io: Io): Promise<Actuals> {
  const text = await withFile(file, () => readActualsFile(path.resolve(io.cwd, file)));
  const actuals = readActuals(text, file);
  const errors = actuals.issues.filter((issue) => issue.severity === "error");
  if (errors.length > 0) {
    for (const issue of errors) io.stderr.write(issueLine(file, issue));
    throw new InputError(
      "E_ACTUALS",
      `the actuals have ${errors.length} ${errors.length === 1 ? "error" : "errors"}; nothing was measured`,
      {
        file,
        hint: "each row needs a date like 2027-03-31, a metric name and a number like 1234.5",
      },
    );
  }
  return actuals;
}

function issueLine(file: string, issue: ActualsIssue): string {
  return `${file}:${issue.line}  ${issue.severity}  ${issue.message}\n`;
}

/** Errors from reading name the file as the person typed it, not its absolute path. */
async function withFile<T>(file: string, read: () => Promise<T>): Promise<T> {
  try {
    return await read();
  } catch (error) {
    throw error instanceof InputError ? error.withFile(file) : error;
  }
}
