import { CATALOGUE_FAMILIES, VANITY_FAMILIES, type MetricFamily } from "../../strategy/metric-families.js";

export { VANITY_FAMILIES };

// Metrics with a unit and the direction that counts as better, and a starting baseline and
// target that are sized for a small team (15–25% in a quarter, as the seed articles advise).
export interface MetricTemplate {
  id: string;
  label: string;
  unit: string;
  direction: "increase" | "decrease";
  /** A typical starting point, only for catalogue metrics; one's own metric must be measured. */
  baseline?: number;
  /** A value ("12") or a relative change ("+15%"), as the person would type it. */
  target?: string;
  dataSource: string;
  /** The export `progress` can read the metric from (a target's `measure:`), for metrics computed from downloads. */
  measure?: { from: "discourse-report" | "discourse-users" | "discord-insights" | "slack-members"; compute: "time-to-first-response" | "newcomers" | "active-members" | "contributor-concentration"; report?: string };
  /** The label for a club its members started, where the organisation's words would not fit. */
  clubLabel?: string;
}

export const metricCatalogue: readonly MetricTemplate[] = [
  { id: "comments-per-post", label: "Average comments per post", unit: "comments", direction: "increase", baseline: 2, target: "+15%", dataSource: "Platform analytics" },
  { id: "weekly-active-members", label: "Members active in a week", unit: "members", direction: "increase", baseline: 100, target: "+20%", dataSource: "Platform analytics" },
  { id: "engagement-rate", label: "Share of members who post or react", unit: "%", direction: "increase", baseline: 10, target: "12", dataSource: "Platform analytics" },
  { id: "peer-answer-rate", label: "Questions answered by a member, not staff", unit: "%", direction: "increase", baseline: 30, target: "40", dataSource: "Forum reports", clubLabel: "Questions another member answers" },
  { id: "first-response-hours", label: "Median hours to a first reply", unit: "hours", direction: "decrease", baseline: 24, target: "12", dataSource: "Forum reports" },
  { id: "support-tickets-deflected", label: "Support tickets solved in the community", unit: "tickets per month", direction: "increase", baseline: 20, target: "+25%", dataSource: "Help desk and forum reports" },
  { id: "feedback-topics-per-month", label: "Feedback topics triaged each month", unit: "topics per month", direction: "increase", baseline: 10, target: "+30%", dataSource: "Feedback tag and triage board" },
  { id: "ideas-shipped", label: "Member ideas shipped in the product", unit: "ideas per quarter", direction: "increase", baseline: 1, target: "3", dataSource: "Roadmap" },
  { id: "new-members-per-month", label: "New members each month", unit: "members per month", direction: "increase", baseline: 50, target: "+25%", dataSource: "Platform analytics" },
  { id: "mentions-per-month", label: "Mentions of the brand each month", clubLabel: "Mentions of the club each month", unit: "mentions per month", direction: "increase", baseline: 100, target: "+20%", dataSource: "Social listening tool" },
  { id: "leads-per-month", label: "Leads that came through the community", unit: "leads per month", direction: "increase", baseline: 10, target: "+20%", dataSource: "CRM, community source" },
  { id: "member-conversion-rate", label: "Members who become customers", unit: "%", direction: "increase", baseline: 2, target: "3", dataSource: "CRM" },
  { id: "member-retention-90d", label: "Members still active after 90 days", unit: "%", direction: "increase", baseline: 40, target: "50", dataSource: "Platform analytics" },
  { id: "customer-churn-rate", label: "Customers who leave each quarter", unit: "%", direction: "decrease", baseline: 8, target: "6", dataSource: "Billing system" },
  { id: "member-created-posts", label: "Posts and guides written by members", unit: "posts per month", direction: "increase", baseline: 10, target: "+30%", dataSource: "Platform analytics" },
  { id: "referrals-per-month", label: "Referrals by members", unit: "referrals per month", direction: "increase", baseline: 5, target: "+20%", dataSource: "Referral programme" },
  { id: "net-promoter-score", label: "Net promoter score among members", unit: "score", direction: "increase", baseline: 20, target: "30", dataSource: "Member survey" },
  // CHAOSS community-health metrics, computed by `progress` from the exports named in `measure`.
  { id: "time-to-first-response", label: "Median hours to a first reply (CHAOSS)", unit: "hours", direction: "decrease", baseline: 24, target: "12", dataSource: "Discourse admin report time_to_first_response (CSV export)", measure: { from: "discourse-report", compute: "time-to-first-response", report: "time_to_first_response" } },
  { id: "newcomers", label: "Newcomers each month (CHAOSS)", unit: "members per month", direction: "increase", baseline: 40, target: "+25%", dataSource: "Discourse admin report new_contributors, or Discord Server Insights joins", measure: { from: "discourse-report", compute: "newcomers", report: "new_contributors" } },
  { id: "active-members", label: "Members who posted in a week (CHAOSS)", unit: "members", direction: "increase", baseline: 100, target: "+20%", dataSource: "Discord Server Insights guild-communicators, or Slack analytics members CSV", measure: { from: "discord-insights", compute: "active-members", report: "guild-communicators" } },
  { id: "contributor-concentration", label: "Share of posts by the most active 10% of members (CHAOSS)", unit: "%", direction: "decrease", baseline: 60, target: "50", dataSource: "Slack analytics members CSV, or Discourse user list export", measure: { from: "slack-members", compute: "contributor-concentration" } },
];

/** Each catalogue metric's family, from the one table the vanity-metrics rule reads. */
export function catalogueFamily(metric: MetricTemplate): MetricFamily {
  return CATALOGUE_FAMILIES[metric.id]!;
}

export const metricById = new Map(metricCatalogue.map((metric) => [metric.id, metric]));
