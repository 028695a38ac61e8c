import type { Goal } from "../plan/types.js";

/**
 * Goals most important first: ranked goals by `priority` (1 first), then the unranked ones.
 * Ties and unranked goals keep their file order, because the sort is stable.
 */
export function goalsByPriority<G extends Pick<Goal, "priority">>(goals: readonly G[]): G[] {
  const rank = (goal: G) => goal.priority ?? Number.POSITIVE_INFINITY;
  return [...goals].sort((a, b) => (rank(a) === rank(b) ? 0 : rank(a) - rank(b)));
}
