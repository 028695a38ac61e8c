// Per goal, how we get there: the activities that serve it (and how often they run next quarter),
// the journey levels it moves members between, the money it gets, and the gap when nothing serves it.
import type { Plan } from "../../plan/types.js";
import { activitiesByGoal } from "../../strategy/activities-by-goal.js";
import { budgetTotals } from "../../strategy/budget-totals.js";
import { journeyLevelsByGoal } from "../../strategy/journey-levels-by-goal.js";
import { activitiesById } from "../../strategy/activities-by-id.js";
import { planActivities } from "../../strategy/plan-activities.js";
import { formatList } from "../format.js";
import { activityName } from "./activity-names.js";
import { formatMoney } from "./money.js";
import type { QuarterRuns } from "./quarter-runs.js";
import type { GoalRoute } from "./strategy-view-model.js";
import type { Labels } from "../labels/index.js";



/** The route for every goal, by goal id. */
export function buildGoalRoutes(plan: Plan, quarter: QuarterRuns, L: Labels): Map<string, GoalRoute> {
  const W = L.route;
  const list = (items: string[]) => formatList(items, L.locale.tag);
  const byGoal = activitiesByGoal(plan);
  const levelsByGoal = journeyLevelsByGoal(plan);
  const levels = plan.journey?.levels ?? [];
  const byId = activitiesById(planActivities(plan));
  const runs = new Map(quarter.runs.map((r) => [`${r.activity.kind}:${r.activity.id}`, r.count]));
  const hasBudget = plan.budget !== undefined;
  const totals = hasBudget ? budgetTotals(plan) : undefined;
  // Plans written before goal links say nothing either way; do not call every goal a wish.
  const all = planActivities(plan);
  const linked = all.length === 0 || all.some((a) => a.goals.length > 0);
  const routes = new Map<string, GoalRoute>();
  for (const goal of plan.goals) {
    const activities = byGoal.get(goal.id) ?? [];
    const sentences: string[] = [];
    if (activities.length === 0) sentences.push(linked ? W.nothingServes : W.unlinked);
    else if (!activities.some((a) => runs.has(`${a.kind}:${a.id}`))) sentences.push(W.idleNextQuarter(quarter.label));
    const steps: string[] = [];
    const counted: string[] = [];
    for (const level of levelsByGoal.get(goal.id) ?? []) {
      const next = levels[levels.indexOf(level) + 1];
      const serves = level.moveUp.some((id) => byId.get(id)?.length === 1 && byId.get(id)![0]!.goals.includes(goal.id));
      if (next && serves) steps.push(W.step(level.name, next.name));
      const measured = level.target !== undefined && plan.targets.some((t) => t.id === level.target && t.goal === goal.id);
      if (measured) counted.push(level.name);
    }
    if (steps.length > 0) sentences.push(W.movesUp(list(steps)));
    if (counted.length > 0) sentences.push(W.counts(list(counted), counted.length > 1));
    if (totals) {
      const amount = totals.perGoal.get(goal.id) ?? 0;
      sentences.push(amount > 0 ? W.money(formatMoney(amount, totals.currency, L.locale.tag)) : W.noMoney);
    }
    routes.set(goal.id, {
      label: W.heading,
      activitiesLabel: W.servedBy,
      activities: activities.map((a) => W.activity(activityName(plan, a, L), W.kind[a.kind], runs.get(`${a.kind}:${a.id}`) ?? 0, quarter.label)),
      sentences,
    });
  }
  return routes;
}
