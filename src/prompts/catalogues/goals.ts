// Common community goals, in the words a strategist would use, each with the metrics that
// usually show progress on it (the first is the suggested one).
import type { Community, Goal } from "../../plan/types.js";

export type GoalCategory = Exclude<NonNullable<Goal["category"]>, "other">;

export interface GoalTemplate {
  category: GoalCategory;
  title: string;
  description: string;
  metrics: string[];
  /** The words for a club its members started, where the organisation's words would not fit. */
  club?: { title: string; description: string };
}

export const goalCatalogue: readonly GoalTemplate[] = [
  {
    category: "engagement",
    title: "A lively community members return to",
    description: "Regular conversation keeps members coming back and makes the community worth joining.",
    metrics: ["comments-per-post", "weekly-active-members", "engagement-rate"],
  },
  {
    category: "support",
    title: "Members help each other",
    description: "Peer answers scale better than a support queue and build trust in the product.",
    club: { title: "Members help each other", description: "Members answer each other's questions, so nobody stays stuck and everyone learns." },
    metrics: ["peer-answer-rate", "first-response-hours", "support-tickets-deflected"],
  },
  {
    category: "feedback",
    title: "Hear what members need before we build it",
    description: "Product feedback and co-creation catch problems early and shape the roadmap.",
    club: { title: "Hear what members want from the club", description: "Members' ideas decide what the club does next." },
    metrics: ["feedback-topics-per-month", "ideas-shipped"],
  },
  {
    category: "awareness",
    title: "More people know about us",
    description: "Members who talk about us reach people our marketing does not.",
    club: { title: "More people find the club", description: "Members who talk about the club bring in people like them." },
    metrics: ["new-members-per-month", "mentions-per-month"],
  },
  {
    category: "leads",
    title: "The community brings in customers",
    description: "Members who try the product with peers' help become customers more often.",
    club: { title: "The club pays its way", description: "Fees, sales or sponsors cover what the club costs to run." },
    metrics: ["leads-per-month", "member-conversion-rate"],
  },
  {
    category: "retention",
    title: "Members and customers stay",
    description: "People who belong to a community stay customers longer.",
    club: { title: "Members stay", description: "People who feel they belong keep coming back, year after year." },
    metrics: ["member-retention-90d", "customer-churn-rate"],
  },
  {
    category: "advocacy",
    title: "Members speak up for us",
    description: "Advocates create content, refer friends and defend the brand in public.",
    club: { title: "Members bring friends", description: "Members share what they make and invite friends to join." },
    metrics: ["member-created-posts", "referrals-per-month", "net-promoter-score"],
  },
];

/** The goal's words for this kind of community. */
export function goalWords(template: GoalTemplate, kind: Community["kind"]): { title: string; description: string } {
  return kind === "member-started" && template.club ? template.club : template;
}
