// The whole conversation, in the order a strategist works: who the community is for and why,
// then who the members are, where they meet, how success is measured, what is published,
// the rules, who keeps them, and how the plan is reviewed.
import type { Plan } from "../../plan/types.js";
import { endOfQuarter } from "../../util/quarters.js";
import { textQuestion } from "../builders.js";
import type { Ask, FlowContext } from "../question.js";
import { optionalText } from "../validators.js";
import { askChannels } from "./channels.js";
import { askCommunity } from "./community.js";
import { askContent } from "./content.js";
import { askGoals } from "./goals.js";
import { askGuidelines } from "./guidelines.js";
import { askModeration } from "./moderation.js";
import { askPersonas } from "./personas.js";
import { askReview } from "./review.js";
import { askTargets } from "./targets.js";

export async function runFlow(ask: Ask, context: FlowContext): Promise<Plan> {
  const community = await askCommunity(ask, context);
  // A year of quarters from today; target deadlines must fall inside it.
  const horizon = { start: context.today, end: endOfQuarter(context.today, 4) };
  const goals = await askGoals(ask);
  const personas = await askPersonas(ask, community);
  const channels = await askChannels(ask, community, personas);
  const targets = await askTargets(ask, goals, horizon, context);
  const content = await askContent(ask, community, personas, channels, context);
  const welcome = await ask(
    textQuestion({
      key: "engagement.welcome",
      message: "How will new members be welcomed?",
      default: "Every new member gets a personal welcome and a question to answer within a day of joining.",
      parse: optionalText,
    }),
  );
  const guidelines = await askGuidelines(ask, community);
  const moderation = await askModeration(ask, community, context);
  const review = await askReview(ask, targets);
  return {
    version: 1,
    community,
    horizon,
    goals,
    personas,
    channels,
    targets,
    content,
    ...(welcome ? { engagement: { welcome } } : {}),
    guidelines,
    moderation,
    review,
  };
}
