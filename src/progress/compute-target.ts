import type { Horizon, Target } from "../plan/types.js";
import { daysBetween, leastSquares, trendAt } from "./least-squares.js";
import { decideStatus } from "./status.js";
import type { Point, TargetProgress, Trend } from "./types.js";

export interface ComputeContext {
  /** YYYY-MM-DD; observations after it are left out, so a past day's report can be repeated. */
  today: string;
  horizon?: Horizon;
}

/** `+15%` → baseline × 1.15; an absolute `target` is used as it is. */
export function resolveTargetValue(
  target: Pick<Target, "target" | "change">,
  baseline: number | undefined,
): number | undefined {
  if (target.target !== undefined) return target.target;
  const match = target.change === undefined ? null : /^([+-]\d+(?:\.\d+)?)%$/.exec(target.change);
  if (!match || baseline === undefined) return undefined;
  // (100 + p) / 100 rather than 1 + p / 100: 2 × 115 / 100 is exactly 2.3.
  return (baseline * (100 + Number(match[1]))) / 100;
}

/** How far along the straight line from `start` to `deadline` today is, from 0 to 1. */
export function timeShare(start: string, deadline: string, today: string): number {
  const total = daysBetween(start, deadline);
  if (total <= 0) return today >= deadline ? 1 : 0;
  return Math.min(1, Math.max(0, daysBetween(start, today) / total));
}

/**
 * Measures one target against its observations (already matched to it, oldest first).
 * The baseline is the plan's, or the first observation's when the plan has none; the straight
 * line runs from the baseline at the horizon's start (or the first observation) to the target at
 * the deadline (or the horizon's end).
 */
export function computeTargetProgress(
  target: Target,
  matched: readonly Point[],
  context: ComputeContext,
): TargetProgress {
  const used = matched.filter((p) => p.date <= context.today).map((p) => ({ date: p.date, value: p.value }));
  const first = used[0];
  const baseline = target.baseline ?? first?.value;
  const targetValue = resolveTargetValue(target, baseline);
  const start = context.horizon?.start ?? first?.date;
  const deadline = target.deadline ?? context.horizon?.end;
  const progress: TargetProgress = {
    id: target.id,
    goal: target.goal,
    metric: target.metric,
    ...(target.channel !== undefined && { channel: target.channel }),
    ...(target.unit !== undefined && { unit: target.unit }),
    direction:
      target.direction ??
      (targetValue !== undefined && baseline !== undefined && targetValue < baseline ? "decrease" : "increase"),
    ...(baseline !== undefined && {
      baseline,
      baselineSource: target.baseline !== undefined ? "plan" : "first-observation",
    }),
    ...(start !== undefined && { start }),
    ...(targetValue !== undefined && { target: targetValue }),
    ...(deadline !== undefined && { deadline }),
    observations: used,
    status: "no-data",
    reason: "no-observations",
  };
  const latest = used.at(-1);
  if (!latest || baseline === undefined || start === undefined) return progress;
  progress.latest = latest;
  if (targetValue === undefined) return { ...progress, reason: "no-target-value" };
  const span = targetValue - baseline;
  const better = (value: number): boolean =>
    progress.direction === "decrease" ? value <= targetValue : value >= targetValue;
  // With target = baseline there is no way to cover; the value is either there or not.
  const shareOf = (value: number): number => (span === 0 ? (better(value) ? 1 : 0) : (value - baseline) / span);
  progress.share = shareOf(latest.value);
  if (deadline === undefined) {
    return progress.share >= 1
      ? { ...progress, status: "achieved", reason: "reached" }
      : { ...progress, reason: "no-deadline" };
  }
  progress.expectedShare = timeShare(start, deadline, context.today);
  progress.expected = baseline + span * progress.expectedShare;
  const trend = fitTrend(used, progress.baselineSource === "plan" ? { date: start, value: baseline } : undefined);
  if (trend) {
    progress.trend = trend;
    progress.projection = trendAt(trend, deadline);
    progress.projectedShare = shareOf(progress.projection);
  }
  const decided = decideStatus({
    share: progress.share,
    expectedShare: progress.expectedShare,
    projectedShare: progress.projectedShare,
    deadlinePassed: context.today > deadline,
  });
  return { ...progress, ...decided };
}

/**
 * Least squares over the observations. A single observation has no trend of its own; when the
 * plan gives a baseline dated before it, the line from the baseline through it is the trend.
 */
function fitTrend(used: readonly Point[], baselinePoint: Point | undefined): Trend | undefined {
  const dates = new Set(used.map((p) => p.date));
  if (dates.size >= 2) return leastSquares(used);
  if (baselinePoint && used[0] && baselinePoint.date < used[0].date) return leastSquares([baselinePoint, used[0]]);
  return undefined;
}
