import type { Measure, Plan, WatchedMetric } from "./types.js";

/** A watched metric is a bare name or a name with the export it is measured from. */
export function watchedMetricName(watched: WatchedMetric): string {
  return typeof watched === "string" ? watched : watched.metric;
}

/** The names of `review.metrics`, in the plan's order. */
export function reviewMetricNames(plan: Pick<Plan, "review">): string[] {
  return (plan.review?.metrics ?? []).map(watchedMetricName);
}

/** The watched metrics that say where `progress` reads them. */
export function measuredReviewMetrics(plan: Pick<Plan, "review">): Array<{ metric: string; measure: Measure }> {
  return (plan.review?.metrics ?? []).filter((m): m is { metric: string; measure: Measure } => typeof m !== "string");
}
