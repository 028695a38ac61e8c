// The whole conversation, in the order a strategist works: who the community is for and why,
// then who the members are, where they meet, how success is measured, what is published,
// the rules, who keeps them, and how the plan is reviewed.
import type { Plan } from "../../plan/types.js";
import { endOfQuarter } from "../../time/quarters.js";
import { textQuestion } from "../builders.js";
import type { Ask, FlowContext } from "../question.js";
import { optionalText } from "../validators.js";
import { askChannels } from "./channels.js";
import { askCommunity } from "./community.js";
import { askContent } from "./content.js";
import { askGoals } from "./goals.js";
import { askJourney } from "./journey.js";
import { askPriorities } from "./priorities.js";
import { askGuidelines } from "./guidelines.js";
import { askModeration } from "./moderation.js";
import { askPersonas } from "./personas.js";
import { askReview } from "./review.js";
import { askTargets } from "./targets.js";

/** What each part of the conversation is about, shown where it begins. */
export const sectionIntros: Readonly<Record<string, string>> = {
  "community.name": "First the community itself: who runs it, why it exists and what members get from it.",
  "goals.catalogue": "Goals: what the community should achieve. Each one gets a measurable target later.",
  "personas[0].name": "Personas: the people the community is for. Start with the group that matters most.",
  "channels.selected": "Channels: where the community meets. The places your personas already use are checked; the line under each says why.",
  "targets[0].metric": "Targets: one measurable target per goal. For a small team, 15–25% in a quarter is ambitious enough.",
  "content.pillars": "Content: the themes you keep returning to, and a first series that gives the calendar a steady rhythm.",
  "journey.levels": "The member journey: how members move from first contact to leading. Each level says what members do there and what invites them up.",
  "guidelines.rules": "Guidelines: the rules members agree to and what happens when they are broken, in every community language.",
  "moderation.moderators[0].name": "Moderation: who keeps the rules, when they are on duty, and how fast they can respond.",
  "review.cadence": "Review: how the plan stays alive once the community is running.",
};

export async function runFlow(outer: Ask, context: FlowContext): Promise<Plan> {
  const ask: Ask = (question) => outer(sectionIntros[question.key] ? { ...question, intro: sectionIntros[question.key] } : question);
  const community = await askCommunity(ask, context);
  // A year of quarters from today; target deadlines must fall inside it.
  const horizon = { start: context.today, end: endOfQuarter(context.today, 4) };
  const goals = await askPriorities(ask, await askGoals(ask, community.kind));
  const personas = await askPersonas(ask, community);
  const channels = await askChannels(ask, community, personas);
  // The team's lead answers for the targets until the plan says otherwise; no load comes with it.
  const lead = community.team.members![0]!.id;
  const targets = (await askTargets(ask, goals, horizon, context, community.kind)).map((target) => ({ ...target, owner: lead }));
  const content = await askContent(ask, community, personas, channels, goals, context);
  const welcome = await ask(
    textQuestion({
      key: "engagement.welcome",
      message: "How will new members be welcomed?",
      default: "Every new member gets a personal welcome and a question to answer within a day of joining.",
      parse: optionalText,
    }),
  );
  const { journey, recognition, tactics } = await askJourney(ask, community, goals, content.series![0]!);
  const guidelines = await askGuidelines(ask, community);
  const moderation = await askModeration(ask, community, context);
  const review = await askReview(ask, targets, lead);
  return {
    version: 1,
    community,
    horizon,
    goals,
    personas,
    channels,
    targets,
    content,
    engagement: { ...(welcome ? { welcome } : {}), recognition, tactics },
    guidelines,
    moderation,
    review,
    journey,
  };
}
