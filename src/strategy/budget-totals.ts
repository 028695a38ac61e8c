import type { BudgetItem, Plan } from "../plan/types.js";

export const PER_YEAR: Readonly<Record<BudgetItem["per"], number>> = { once: 1, month: 12, quarter: 4, year: 1 };

export interface BudgetTotals {
  currency: string | undefined;
  /** The whole year: every item, and every contest's prize value once. */
  perYear: number;
  /** Per goal id, in goal order (goals nothing pays for show 0). */
  perGoal: Map<string, number>;
  /** Money that names no goal (or only goals the plan does not have). */
  unassigned: number;
}

/**
 * A year of the budget: `once` in full, `month` × 12, `quarter` × 4; an item serving several goals
 * is split evenly between them; a contest's `prizeValue` counts once, under the contest's goals.
 */
export function budgetTotals(plan: Plan): BudgetTotals {
  const perGoal = new Map<string, number>(plan.goals.map((goal) => [goal.id, 0]));
  let perYear = 0;
  let unassigned = 0;
  const spend = (amount: number, goals: readonly string[] | undefined) => {
    perYear += amount;
    const known = [...new Set(goals ?? [])].filter((goal) => perGoal.has(goal));
    if (known.length === 0) unassigned += amount;
    for (const goal of known) perGoal.set(goal, perGoal.get(goal)! + amount / known.length);
  };
  for (const item of plan.budget?.items ?? []) spend(item.amount * PER_YEAR[item.per], item.goals);
  for (const contest of plan.engagement?.contests ?? []) {
    if (contest.prizeValue !== undefined) spend(contest.prizeValue, contest.goals);
  }
  return { currency: plan.budget?.currency, perYear, perGoal, unassigned };
}
