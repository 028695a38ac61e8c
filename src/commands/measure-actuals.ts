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
import type { ActualsIssue, ProgressReport } from "../progress/types.js";

export interface MeasureOptions {
  plan: string;
  actuals: string;
  today: string;
}

export async function measureActuals(plan: Plan, options: MeasureOptions, io: Io): Promise<ProgressReport> {
  const text = await withFile(options.actuals, () => readActualsFile(path.resolve(io.cwd, options.actuals)));
  const actuals = readActuals(text, options.actuals);
  const errors = actuals.issues.filter((issue) => issue.severity === "error");
  if (errors.length > 0) {
    for (const issue of errors) io.stderr.write(issueLine(options.actuals, issue));
    throw new InputError(
      "E_ACTUALS",
      `the actuals have ${errors.length} ${errors.length === 1 ? "error" : "errors"}; nothing was measured`,
      {
        file: options.actuals,
        hint: "each row needs a date like 2027-03-31, a metric name and a number like 1234.5",
      },
    );
  }
  const report = measureProgress(plan, actuals, { today: options.today, planFile: options.plan, actualsFile: options.actuals });
  for (const warning of report.warnings) io.stderr.write(issueLine(options.actuals, warning));
  return report;
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
