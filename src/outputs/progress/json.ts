import { countStatuses } from "../../progress/measure-progress.js";
import type { ProgressReport, TargetProgress } from "../../progress/types.js";
import { round4 } from "../../progress/words.js";

const round = (value: number | undefined): number | undefined => (value === undefined ? undefined : round4(value));

/** The whole report as JSON, with a fixed key order; values left out are absent, not null. */
export function formatJson(report: ProgressReport): string {
  return `${JSON.stringify(
    {
      plan: report.plan,
      actuals: report.actuals,
      today: report.today,
      summary: countStatuses(report),
      targets: report.targets.map(targetJson),
      warnings: report.warnings.map((w) => ({ line: w.line, code: w.code, message: w.message })),
    },
    null,
    2,
  )}\n`;
}

function targetJson(t: TargetProgress): Record<string, unknown> {
  return {
    id: t.id,
    goal: t.goal,
    metric: t.metric,
    channel: t.channel,
    unit: t.unit,
    direction: t.direction,
    status: t.status,
    reason: t.reason,
    baseline: round(t.baseline),
    baselineSource: t.baselineSource,
    start: t.start,
    target: round(t.target),
    deadline: t.deadline,
    latest: t.latest && { date: t.latest.date, value: round(t.latest.value) },
    share: round(t.share),
    expected: round(t.expected),
    expectedShare: round(t.expectedShare),
    projection: round(t.projection),
    projectedShare: round(t.projectedShare),
    trendPerDay: round(t.trend?.slopePerDay),
    observations: t.observations.length,
    source: t.source,
  };
}
