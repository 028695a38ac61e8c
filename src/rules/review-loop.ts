import { defineRule } from "./define-rule.js";

export default defineRule({
  id: "review-loop",
  kind: "strategy",
  defaultSeverity: "error",
  docs: {
    description: "The plan needs a review loop that also weighs qualitative signals, such as member feedback and sentiment.",
    why: "A plan that is never reviewed stops describing what the team does. Numbers alone mislead: activity can grow while members grow unhappy. Name the signals beyond numbers (feedback, sentiment, testimonials) and how members are asked, so the review can change course for the right reasons.",
    failing: "review:\n  cadence: monthly\n  metrics: [weekly-active-members]\n",
    fixed: "review:\n  cadence: monthly\n  metrics: [weekly-active-members]\n  feedback: [survey]\n  qualitativeSignals: [member-feedback, sentiment]\n",
  },
  messages: {
    missing: "The plan has no review: say how often the team reviews it and which signals count.",
    noQualitative: "The review weighs only numbers; add qualitativeSignals such as member-feedback or sentiment.",
    noFeedback: "The review does not say how members are asked for feedback; add feedback methods such as a survey or poll.",
  },
  check({ plan, report }) {
    const review = plan.review;
    if (!review) {
      report({ messageId: "missing", path: [] });
      return;
    }
    if (!review.qualitativeSignals?.length) report({ messageId: "noQualitative", path: ["review"], at: "key" });
    if (!review.feedback?.length) report({ messageId: "noFeedback", path: ["review"], at: "key", severity: "warning" });
  },
});
