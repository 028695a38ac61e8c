import type { Plan } from "../plan/types.js";
import { computeTargetProgress } from "./compute-target.js";
import { latestValues } from "./latest-values.js";
import { matchObservations } from "./match-observations.js";
import type { MeasuredSeries } from "./exports/measure-exports.js";
import type { Actuals, ActualsIssue, Observation, ProgressReport, SeriesSource, Status } from "./types.js";
import { compareStrings } from "../util/compare.js";

export interface MeasureOptions {
  today: string;
  /** File names as the person typed them, for the report's heading. */
  planFile: string;
  actualsFile: string;
  /** What the plan's `measure:` fields read; a target with a series takes its numbers from it alone. */
  series?: readonly MeasuredSeries[];
}

/** Measures every target of the plan against the actuals, in the plan's order. */
export function measureProgress(plan: Plan, actuals: Actuals, options: MeasureOptions): ProgressReport {
  const { byTarget, warnings } = matchObservations(plan, actuals.observations);
  const series = options.series ?? [];
  const targets = plan.targets.map((target) => {
    const measured = series.find((s) => s.target === target.id);
    const points = measured ? measured.points.map((p) => ({ date: p.date, value: p.value })) : byTarget.get(target.id) ?? [];
    const progress = computeTargetProgress(target, points, { today: options.today, horizon: plan.horizon });
    return measured ? { ...progress, source: seriesSource(measured) } : progress;
  });
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
  const fromSeries: Observation[] = series.flatMap((s) =>
    s.points.map((p) => ({ date: p.date, metric: s.metric, value: p.value, line: 0, ...(s.channel !== undefined && { channel: s.channel }) })),
  );
  const observed = [...actuals.observations, ...fromSeries].sort((a, b) => compareStrings(a.date, b.date));
  const latest = latestValues(observed, options.today);
  return { plan: options.planFile, actuals: options.actualsFile, today: options.today, targets, latest, warnings: all };
}

/** How many targets have each status, in a fixed order. */
export function countStatuses(report: ProgressReport): Record<Status, number> {
  const counts: Record<Status, number> = { achieved: 0, "on-track": 0, "at-risk": 0, "off-track": 0, "no-data": 0 };
  for (const t of report.targets) counts[t.status]++;
  return counts;
}

/** What a series says about where its numbers came from, for every format (no rows: see --explain). */
export function seriesSource(s: MeasuredSeries): SeriesSource {
  return {
    from: s.from,
    ...(s.report !== undefined && { report: s.report }),
    ...(s.compute !== undefined && { compute: s.compute }),
    ...(s.aggregate !== undefined && { aggregate: s.aggregate }),
    ...(s.per !== undefined && { per: s.per }),
    files: s.files,
  };
}
