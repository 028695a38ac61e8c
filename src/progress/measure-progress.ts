import type { Plan } from "../plan/types.js";
import { computeTargetProgress } from "./compute-target.js";
import { latestValues } from "./latest-values.js";
import { matchObservations } from "./match-observations.js";
import type { Actuals, ActualsIssue, ProgressReport, Status } from "./types.js";
import { compareStrings } from "../util/compare.js";

export interface MeasureOptions {
  today: string;
  /** File names as the person typed them, for the report's heading. */
  planFile: string;
  actualsFile: string;
}

/** Measures every target of the plan against the actuals, in the plan's order. */
export function measureProgress(plan: Plan, actuals: Actuals, options: MeasureOptions): ProgressReport {
  const { byTarget, warnings } = matchObservations(plan, actuals.observations);
  const targets = plan.targets.map((target) =>
    computeTargetProgress(target, byTarget.get(target.id) ?? [], { today: options.today, horizon: plan.horizon }),
  );
  const future = actuals.observations.filter((o) => o.date > options.today);
  const futureWarning: ActualsIssue[] =
    future.length === 0
      ? []
      : [
          {
            severity: "warning",
            code: "after-today",
            message: `${future.length} ${future.length === 1 ? "observation is" : "observations are"} dated after today (${options.today}) and left out; pass --today to measure as of a later day`,
            line: Math.min(...future.map((o) => o.line)),
          },
        ];
  const all = [...actuals.issues.filter((i) => i.severity === "warning"), ...warnings, ...futureWarning];
  all.sort((a, b) => a.line - b.line || compareStrings(a.code, b.code));
  const latest = latestValues(actuals.observations, options.today);
  return { plan: options.planFile, actuals: options.actualsFile, today: options.today, targets, latest, warnings: all };
}

/** How many targets have each status, in a fixed order. */
export function countStatuses(report: ProgressReport): Record<Status, number> {
  const counts: Record<Status, number> = { achieved: 0, "on-track": 0, "at-risk": 0, "off-track": 0, "no-data": 0 };
  for (const t of report.targets) counts[t.status]++;
  return counts;
}
