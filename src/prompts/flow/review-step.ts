// The review step before anything is written: the plan in a few lines per section, then "looks
// good" or "change this section". Changing a section runs the flow again: that section's
// questions are asked with the earlier answers as defaults, every other answer is replayed as
// given (asked only when it no longer fits, or the change brings a new question, such as a
// translation for a language just added), so the rest of the plan follows the change.
import type { Plan } from "../../plan/types.js";
import { selectQuestion } from "../builders.js";
import type { Ask, FlowContext, Question } from "../question.js";
import { defaultAnswer } from "../runners.js";
import { runFlow } from "./index.js";
import { planOverview, planSections, sectionOf } from "./section-summary.js";

export const LOOKS_GOOD = "looks-good";

/**
 * Runs the flow with `ask`, then, when a person is at the terminal (`reviewer`), shows the review
 * step until they say it looks good. Without a reviewer (--yes, answers without a terminal) the
 * plan is returned as answered.
 */
export async function runFlowWithReview(ask: Ask, reviewer: Ask | undefined, context: FlowContext): Promise<Plan> {
  const answers = new Map<string, Answer>();
  const remember = (inner: Ask): Ask => async <T>(question: Question<T>): Promise<T> => {
    const value = await inner(question);
    answers.set(question.key, { value, taken: isDefault(question, value) });
    return value;
  };
  let plan = await runFlow(remember(ask), context);
  if (!reviewer) return plan;
  for (;;) {
    const choice = await reviewer(reviewQuestion(plan));
    if (choice === LOOKS_GOOD) return plan;
    plan = await runFlow(remember(changing(choice, answers, reviewer)), context);
  }
}

function reviewQuestion(plan: Plan): Question<string> {
  const question = selectQuestion<string>({
    key: "wizard.review",
    message: "Does the plan look right?",
    what: "looks good, or a section to change",
    default: LOOKS_GOOD,
    choices: [
      { value: LOOKS_GOOD, name: "Looks good: write the file" },
      ...planSections.map((section, i) => ({ value: section.id, name: `Change: ${section.name}`, ...(i === 0 ? { separatorBefore: true } : {}) })),
    ],
  });
  return { ...question, intro: `Your plan, before it is written:\n${planOverview(plan)}` };
}

interface Answer {
  value: unknown;
  /** Whether it was the default then: a default follows the change (the personas' languages follow the community's). */
  taken: boolean;
}

function isDefault<T>(question: Question<T>, value: T): boolean {
  if (question.default === undefined) return false;
  const parsed = question.parse(defaultAnswer(question));
  return parsed.ok && JSON.stringify(parsed.value) === JSON.stringify(value);
}

/** Asks the section being changed (earlier answers as defaults) and replays the rest. */
function changing(section: string, answers: ReadonlyMap<string, Answer>, reviewer: Ask): Ask {
  return async <T>(question: Question<T>): Promise<T> => {
    const known = answers.get(question.key);
    const earlier = { ...question, default: known ? (known.value as T) : question.default } as Question<T>;
    if (sectionOf(question.key)?.id === section) return reviewer(earlier);
    if (known) {
      // A default taken then is today's default; an answer given is kept while it still fits.
      const replayed = question.parse(defaultAnswer(known.taken && question.default !== undefined ? question : earlier));
      if (replayed.ok) return replayed.value;
    }
    return reviewer(question);
  };
}
