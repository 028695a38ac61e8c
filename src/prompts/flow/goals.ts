// Goals: picked from a catalogue of common community goals, plus any of the person's own.
import type { Community, Goal } from "../../plan/types.js";
import { multiQuestion, textQuestion } from "../builders.js";
import { goalCatalogue, goalWords, type GoalCategory } from "../catalogues/goals.js";
import { uniqueId } from "../../util/slug.js";
import type { Ask } from "../question.js";
import { list } from "../validators.js";

export async function askGoals(ask: Ask, kind: Community["kind"]): Promise<Goal[]> {
  const club = kind === "member-started";
  const picked = await ask(
    multiQuestion<GoalCategory>({
      key: "goals.catalogue",
      message: club ? "What should the club achieve for its members? (space to pick, enter to go on)" : "What should the community achieve for the organisation? (space to pick, enter to go on)",
      what: "goals",
      min: 0,
      default: ["engagement", "support"],
      choices: goalCatalogue.map((goal) => ({ value: goal.category, name: goalWords(goal, kind).title, description: goalWords(goal, kind).description })),
    }),
  );
  const custom = await ask(
    textQuestion({
      key: "goals.custom",
      message: picked.length === 0 ? "Then write the goals you have in mind (separate with ;)" : "Any goals of your own? (separate with ;, or leave empty)",
      default: picked.length === 0 ? undefined : ([] as string[]),
      parse: (raw) => {
        const items = list(raw, ";");
        // A plan without a goal cannot have targets, so one of the two answers must name one.
        if (items.ok && items.value.length === 0 && picked.length === 0) {
          return { ok: false, message: "Pick a goal from the list or write one of your own." };
        }
        return items;
      },
      show: (value) => value.join("; "),
    }),
  );
  const goals: Goal[] = [];
  for (const category of picked) {
    const template = goalCatalogue.find((goal) => goal.category === category)!;
    const words = goalWords(template, kind);
    goals.push({ id: uniqueId(category, goals.map((goal) => goal.id)), title: words.title, category, description: words.description });
  }
  for (const title of custom) {
    goals.push({ id: uniqueId(title, goals.map((goal) => goal.id)), title, category: "other" });
  }
  return goals;
}
