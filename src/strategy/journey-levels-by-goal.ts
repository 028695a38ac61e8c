import type { JourneyLevel, Plan } from "../plan/types.js";
import { activitiesById } from "./activities-by-id.js";
import { planActivities } from "./plan-activities.js";

/**
 * For each goal id (in goal order), the journey levels that serve it: a level serves a goal when
 * its target measures the goal or one of its `moveUp` activities serves it. An ambiguous or
 * unknown `moveUp` id counts for nothing here; references-resolve reports it.
 */
export function journeyLevelsByGoal(plan: Plan): Map<string, JourneyLevel[]> {
  const byGoal = new Map<string, JourneyLevel[]>(plan.goals.map((goal) => [goal.id, []]));
  const targetGoal = new Map(plan.targets.map((target) => [target.id, target.goal]));
  const byId = activitiesById(planActivities(plan));
  for (const level of plan.journey?.levels ?? []) {
    const goals = new Set<string>();
    const measured = level.target === undefined ? undefined : targetGoal.get(level.target);
    if (measured !== undefined) goals.add(measured);
    for (const id of level.moveUp) {
      const matches = byId.get(id);
      if (matches?.length === 1) matches[0]!.goals.forEach((goal) => goals.add(goal));
    }
    for (const goal of goals) byGoal.get(goal)?.push(level);
  }
  return byGoal;
}
