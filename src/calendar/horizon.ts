// The plan's horizon bounds everything it schedules: the calendar, slots and the rendered
// calendar all take their dates through itemDates, which asks here.
import type { Plan } from "../plan/types.js";

/** The part of [from, to] inside the plan's horizon (all of it without one), or undefined when none is. */
export function withinHorizon(plan: Plan, from: string, to: string): { from: string; to: string } | undefined {
  const start = plan.horizon?.start;
  const end = plan.horizon?.end;
  const bounded = { from: start !== undefined && start > from ? start : from, to: end !== undefined && end < to ? end : to };
  return bounded.from > bounded.to ? undefined : bounded;
}

/** "2028-Q1 lies outside the plan's horizon (…)" when the range lies wholly outside it; undefined otherwise. */
export function outsideHorizon(plan: Plan, range: { from: string; to: string; label: string }): string | undefined {
  if (!plan.horizon || withinHorizon(plan, range.from, range.to)) return undefined;
  return `${range.label} lies outside the plan's horizon (${plan.horizon.start} to ${plan.horizon.end})`;
}
