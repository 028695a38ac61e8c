// What a metric measures, in families a community strategist knows: CMX's SPACES (support,
// product, acquisition, contribution, engagement, success) and CHAOSS's health metrics
// (retention, time to first response), apart from size and reach, which alone say little.
// The wizard's catalogue and the `vanity-metrics` rule both read this one table.

export type MetricFamily =
  | "size"
  | "reach"
  | "engagement"
  | "support"
  | "product"
  | "acquisition"
  | "contribution"
  | "retention"
  | "success";

/** Size and reach: how many, not what they do. */
export const VANITY_FAMILIES: ReadonlySet<MetricFamily> = new Set(["size", "reach"]);

/** The families of the wizard's catalogue metrics, by metric id. */
export const CATALOGUE_FAMILIES: Readonly<Record<string, MetricFamily>> = {
  "comments-per-post": "engagement",
  "weekly-active-members": "engagement",
  "engagement-rate": "engagement",
  "peer-answer-rate": "support",
  "first-response-hours": "support",
  "support-tickets-deflected": "support",
  "feedback-topics-per-month": "product",
  "ideas-shipped": "product",
  "new-members-per-month": "size",
  "mentions-per-month": "reach",
  "leads-per-month": "acquisition",
  "member-conversion-rate": "success",
  "member-retention-90d": "retention",
  "customer-churn-rate": "retention",
  "member-created-posts": "contribution",
  "referrals-per-month": "acquisition",
  "net-promoter-score": "success",
  "time-to-first-response": "support",
  newcomers: "size",
  "active-members": "engagement",
  "contributor-concentration": "contribution",
};

/** Names people give counts of heads and eyes, outside the catalogue: `members`, `followers`, `views`, `impressions`. */
const SIZE_NAMES = /^(total-)?(members|member-count|subscribers|followers|follower-count|group-members|discord-members)$/;
const REACH_NAMES = /^(total-)?(views|page-views|pageviews|video-views|impressions|reach|mentions|likes)$/;

/**
 * The family of a metric name, or undefined when it is not known. An unknown name is never taken
 * for a vanity metric: a plan's own metric may measure anything.
 */
export function metricFamily(metric: string): MetricFamily | undefined {
  const name = metric.trim().toLowerCase();
  if (name in CATALOGUE_FAMILIES) return CATALOGUE_FAMILIES[name];
  if (SIZE_NAMES.test(name)) return "size";
  if (REACH_NAMES.test(name)) return "reach";
  return undefined;
}

export function isVanityMetric(metric: string): boolean {
  const family = metricFamily(metric);
  return family !== undefined && VANITY_FAMILIES.has(family);
}
