// Review: how often the plan is checked against the numbers, how members are asked what they
// think, and which signals beyond numbers count.
import type { Review, Target } from "../../plan/types.js";
import { multiQuestion, selectQuestion } from "../builders.js";
import type { Ask } from "../question.js";

const feedback = ["survey", "poll", "interviews", "feedback-thread", "office-hours"];
const signals = ["member-feedback", "sentiment", "testimonials", "tone-of-conversations", "member-stories"];

export async function askReview(ask: Ask, targets: Target[], owner: string): Promise<Review> {
  const cadence = await ask(
    selectQuestion<Review["cadence"]>({
      key: "review.cadence",
      message: "How often will the team review the plan against the numbers?",
      what: "a review cadence",
      default: "monthly",
      choices: [
        { value: "weekly", name: "weekly" },
        { value: "monthly", name: "monthly", description: "Often enough to change course within a quarter." },
        { value: "quarterly", name: "quarterly" },
      ],
    }),
  );
  const asked = await ask(
    multiQuestion<string>({ key: "review.feedback", message: "How will you ask members what they think?", what: "feedback methods", default: ["survey", "poll"], choices: feedback.map((value) => ({ value, name: value })) }),
  );
  const qualitative = await ask(
    multiQuestion<string>({
      key: "review.qualitativeSignals",
      message: "Which signals beyond numbers will you watch? (at least one: numbers alone miss how members feel)",
      what: "qualitative signals",
      default: ["member-feedback", "sentiment"],
      choices: signals.map((value) => ({ value, name: value })),
    }),
  );
  return { cadence, feedback: asked, qualitativeSignals: qualitative, metrics: [...new Set(targets.map((target) => target.metric))], owner };
}
