import { ExitCode } from "../core/errors.js";
import { useColor, type Io } from "../io/streams.js";
import { formatProgress, type ProgressFormat } from "../outputs/progress/index.js";
import { loadColors } from "../outputs/colors.js";
import type { Status } from "../progress/types.js";
import { todayIso } from "../time/dates.js";
import { loadPlanOrReport } from "./load-plan-or-report.js";
import { measureActuals } from "./measure-actuals.js";

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
  const report = await measureActuals(plan, { plan: options.plan, actuals: options.actuals, today }, io);
  io.stdout.write(await formatProgress(report, options.format, { colors: await loadColors(options.format === "stylish" && useColor(io.stdout, io.env)), ...(io.stdout.isTTY === true && io.stdout.columns ? { width: io.stdout.columns } : {}) }));
  const failing = options.failOn ? FAILING[options.failOn] : [];
  return report.targets.some((t) => failing.includes(t.status)) ? ExitCode.findings : ExitCode.ok;
}
