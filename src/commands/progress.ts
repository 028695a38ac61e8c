import { ExitCode } from "../core/errors.js";
import { useColor, type Io } from "../io/streams.js";
import { formatProgress, type ProgressFormat } from "../outputs/progress/index.js";
import { loadColors } from "../outputs/colors.js";
import type { Status } from "../progress/types.js";
import { todayIso } from "../time/dates.js";
import { loadPlanOrReport } from "./load-plan-or-report.js";
import { measurePlan } from "./measure-actuals.js";
import { UsageError } from "../core/errors.js";
import { formatExplanation } from "../outputs/progress/explain.js";
import { matchObservations } from "../progress/match-observations.js";
import { closest } from "../util/closest.js";

export type FailOn = "at-risk" | "off-track";

export interface ProgressCommandOptions {
  plan: string;
  actuals?: string;
  data?: string;
  /** A target id: print where its numbers came from instead of the report. */
  explain?: string;
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
  if (options.explain !== undefined && !plan.targets.some((t) => t.id === options.explain)) {
    const ids = plan.targets.map((t) => t.id);
    const near = closest(options.explain, ids);
    throw new UsageError("E_NO_TARGET", `no target with id "${options.explain}" in ${options.plan}`, near ? `did you mean "${near}"?` : `use one of: ${ids.join(", ")}`);
  }
  const { report, series, actuals } = await measurePlan(plan, { plan: options.plan, actuals: options.actuals, data: options.data, today }, io);
  if (options.explain !== undefined) {
    const target = report.targets.find((t) => t.id === options.explain)!;
    const measured = series.find((s) => s.target === target.id);
    const observations = measured ? undefined : matchObservations(plan, actuals.observations).byTarget.get(target.id);
    io.stdout.write(formatExplanation({ target, today, ...(measured && { series: measured }), ...(observations && { observations }), ...(options.actuals !== undefined && { actualsFile: options.actuals }) }));
    return ExitCode.ok;
  }
  io.stdout.write(await formatProgress(report, options.format, { colors: await loadColors(options.format === "stylish" && useColor(io.stdout, io.env)), ...(io.stdout.isTTY === true && io.stdout.columns ? { width: io.stdout.columns } : {}) }));
  const failing = options.failOn ? FAILING[options.failOn] : [];
  return report.targets.some((t) => failing.includes(t.status)) ? ExitCode.findings : ExitCode.ok;
}
