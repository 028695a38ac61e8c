import path from "node:path";
import { ExitCode, InputError } from "../errors.js";
import { useColor, type Io } from "../io.js";
import { formatProgress, type ProgressFormat } from "../progress/format/index.js";
import { measureProgress } from "../progress/measure-progress.js";
import { readActualsFile } from "../progress/read-actuals-file.js";
import { readActuals } from "../progress/read-actuals.js";
import type { ActualsIssue, Status } from "../progress/types.js";
import { todayIso } from "../util/dates.js";
import { loadPlanOrReport } from "./load-plan-or-report.js";

export type FailOn = "at-risk" | "off-track";

export interface ProgressCommandOptions {
  plan: string;
  actuals: string;
  format: ProgressFormat;
  today?: string;
  failOn?: FailOn;
}

const FAILING: Readonly<Record<FailOn, readonly Status[]>> = {
  "at-risk": ["at-risk", "off-track"],
  "off-track": ["off-track"],
};

/** Measures the plan's targets against the actuals; exit 1 for lint errors or a --fail-on hit. */
export async function progressCommand(options: ProgressCommandOptions, io: Io): Promise<number> {
  const today = options.today ?? todayIso();
  // A wrong deadline or baseline would give a confident but wrong status: no --force here.
  const plan = await loadPlanOrReport(options.plan, { today, verb: "measure progress" }, io);
  if (typeof plan === "number") return plan;
  const actualsText = await withFile(options.actuals, () => readActualsFile(path.resolve(io.cwd, options.actuals)));
  const actuals = readActuals(actualsText, options.actuals);
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
  const report = measureProgress(plan, actuals, { today, planFile: options.plan, actualsFile: options.actuals });
  for (const warning of report.warnings) io.stderr.write(issueLine(options.actuals, warning));
  io.stdout.write(formatProgress(report, options.format, { color: useColor(io.stdout, io.env) }));
  const failing = options.failOn ? FAILING[options.failOn] : [];
  return report.targets.some((t) => failing.includes(t.status)) ? ExitCode.findings : ExitCode.ok;
}

function issueLine(file: string, issue: ActualsIssue): string {
  return `${file}:${issue.line}  ${issue.severity}  ${issue.message}\n`;
}

/** Errors from reading name the file as the person typed it, not its absolute path. */
async function withFile<T>(file: string, read: () => Promise<T>): Promise<T> {
  try {
    return await read();
  } catch (error) {
    if (!(error instanceof InputError)) throw error;
    throw new InputError(error.code, error.message, { file, hint: error.hint });
  }
}
