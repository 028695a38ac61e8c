// Review: how often the plan is checked against the numbers, how members are asked what they
// think, and which signals beyond numbers count.
import type { Review, Target } from "../../plan/types.js";
import { multiQuestion, selectQuestion } from "../builders.js";
import type { Ask } from "../question.js";

export const feedbackLabels: Readonly<Record<string, string>> = {
  survey: "Surveys",
  poll: "Quick polls",
  interviews: "Interviews with members",
  "feedback-thread": "A feedback thread",
  "office-hours": "Office hours",
};
export const signalLabels: Readonly<Record<string, string>> = {
  "member-feedback": "What members tell us",
  sentiment: "Sentiment",
  testimonials: "Testimonials",
  "tone-of-conversations": "Tone of conversations",
  "member-stories": "Member stories",
};
const labelled = (labels: Readonly<Record<string, string>>) => Object.entries(labels).map(([value, name]) => ({ value, name }));

export async function askReview(ask: Ask, targets: Target[], owner: string): Promise<Review> {
  const cadence = await ask(
    selectQuestion<Review["cadence"]>({
      key: "review.cadence",
      message: "How often will the team review the plan against the numbers?",
      what: "a review cadence",
      default: "monthly",
      choices: [
        { value: "weekly", name: "Every week" },
        { value: "monthly", name: "Every month", description: "Often enough to change course within a quarter." },
        { value: "quarterly", name: "Every quarter" },
      ],
    }),
  );
  const asked = await ask(
    multiQuestion<string>({ key: "review.feedback", message: "How will you ask members what they think?", what: "feedback methods", default: ["survey", "poll"], choices: labelled(feedbackLabels) }),
  );
  const qualitative = await ask(
    multiQuestion<string>({
      key: "review.qualitativeSignals",
      message: "Which signals beyond numbers will you watch? (at least one: numbers alone miss how members feel)",
      what: "qualitative signals",
      default: ["member-feedback", "sentiment"],
      choices: labelled(signalLabels),
    }),
  );
  return { cadence, feedback: asked, qualitativeSignals: qualitative, metrics: [...new Set(targets.map((target) => target.metric))], owner };
}
