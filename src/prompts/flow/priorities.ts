// Goal priorities: the chosen goals put in order, most important first, and written as
// `priority: 1..n`. One question, asked only when there is more than one goal; Enter keeps the
// order the goals were chosen in, and naming only the first few puts the rest after them.
import type { Goal } from "../../plan/types.js";
import { closest } from "../../util/closest.js";
import { textQuestion } from "../builders.js";
import { fail, ok, type Ask, type Parsed } from "../question.js";

export async function askPriorities(ask: Ask, goals: Goal[]): Promise<Goal[]> {
  if (goals.length < 2) return goals.map((goal) => ({ ...goal, priority: 1 }));
  const numbered = goals.map((goal, i) => `${i + 1} ${goal.title}`).join(", ");
  const order = await ask(
    textQuestion<string[]>({
      key: "goals.priority",
      message: `Which goals matter most? Their numbers, most important first (${numbered})`,
      default: goals.map((goal) => goal.id),
      parse: (raw) => goalOrder(raw, goals),
      show: (ids) => ids.map((id) => goals.findIndex((goal) => goal.id === id) + 1).join(", "),
    }),
  );
  // The goals keep the order they were chosen in (targets are asked in it); the rank is their priority.
  return goals.map((goal) => ({ ...goal, priority: order.indexOf(goal.id) + 1 }));
}

/** Numbers (1 = the first goal chosen), ids or titles, in order; goals left out follow in the order chosen. */
export function goalOrder(raw: unknown, goals: readonly Goal[]): Parsed<string[]> {
  const items = Array.isArray(raw) ? raw.map((item) => String(item).trim()) : typeof raw === "string" || typeof raw === "number" ? String(raw).split(/[,;]/).map((item) => item.trim()) : undefined;
  if (!items) return fail("Give the goals in order, e.g. 2, 1.");
  const order: string[] = [];
  for (const item of items.filter(Boolean)) {
    const goal = /^\d+$/.test(item) ? goals[Number(item) - 1] : goals.find((g) => g.id === item.toLowerCase() || g.title.toLowerCase() === item.toLowerCase());
    if (!goal) {
      const near = /^\d+$/.test(item) ? undefined : closest(item, goals.map((g) => g.id));
      return fail(`"${item}" is not one of the goals${near ? `; did you mean ${near}?` : "."} Give their numbers, 1 to ${goals.length}, or their ids: ${goals.map((g) => g.id).join(", ")}.`);
    }
    if (order.includes(goal.id)) return fail(`"${item}" is named twice; give each goal once.`);
    order.push(goal.id);
  }
  return ok([...order, ...goals.map((goal) => goal.id).filter((id) => !order.includes(id))]);
}
