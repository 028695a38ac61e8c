import type { Plan } from "../plan/types.js";
import { planActivities, type Activity } from "./plan-activities.js";

/** For each goal id (in goal order), the activities that name it in their `goals`, in plan order. */
export function activitiesByGoal(plan: Plan): Map<string, Activity[]> {
  const byGoal = new Map<string, Activity[]>(plan.goals.map((goal) => [goal.id, []]));
  for (const activity of planActivities(plan)) {
    for (const goal of new Set(activity.goals)) byGoal.get(goal)?.push(activity);
  }
  return byGoal;
}
