import type { PlanPath } from "../core/finding.js";
import type { Plan } from "../plan/types.js";

export type ActivityKind = "series" | "events" | "contests" | "recognition" | "gamification" | "tactics";

export interface Activity {
  kind: ActivityKind;
  id: string;
  /** Where the activity sits in the plan. */
  path: PlanPath;
  /** The goals it says it serves; empty when it names none. */
  goals: readonly string[];
}

/** Everything members take part in that can serve a goal, in plan order: content first, then engagement. */
export function planActivities(plan: Plan): Activity[] {
  const out: Activity[] = [];
  const add = (kind: ActivityKind, path: PlanPath, items: ReadonlyArray<{ id: string; goals?: string[] }> | undefined) =>
    items?.forEach((item, index) => out.push({ kind, id: item.id, path: [...path, index], goals: item.goals ?? [] }));
  add("series", ["content", "series"], plan.content?.series);
  add("events", ["content", "events"], plan.content?.events);
  add("contests", ["engagement", "contests"], plan.engagement?.contests);
  add("recognition", ["engagement", "recognition"], plan.engagement?.recognition);
  add("gamification", ["engagement", "gamification"], plan.engagement?.gamification);
  add("tactics", ["engagement", "tactics"], plan.engagement?.tactics);
  return out;
}
