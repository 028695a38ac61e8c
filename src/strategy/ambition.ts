// How steep a target is, and whether a response-time target asks more than the rota gives.
import type { Target } from "../plan/types.js";
import { resolveTargetValue } from "../progress/compute-target.js";
import { isIsoDate } from "../time/dates.js";
import { toDayNumber } from "../time/civil-date.js";

/** Growth that needs a reason: at least this factor within this many days of today. */
export const STEEP_GROWTH: ReadonlyArray<{ factor: number; days: number }> = [
  { factor: 2, days: 92 },
  { factor: 5, days: 366 },
];

export interface Growth {
  /** Target ÷ baseline. */
  factor: number;
  /** Days from today to the deadline. */
  days: number;
  value: number;
}

/**
 * How many times the baseline a growing target asks for, and in how many days; undefined when
 * the target does not grow (or lacks a baseline, a value or a future deadline).
 */
export function targetGrowth(target: Target, today: string): Growth | undefined {
  const value = resolveTargetValue(target, target.baseline);
  if (value === undefined || target.baseline === undefined || target.baseline <= 0) return undefined;
  if (target.deadline === undefined || !isIsoDate(target.deadline) || target.deadline <= today) return undefined;
  const factor = value / target.baseline;
  if (factor <= 1) return undefined;
  return { factor, days: toDayNumber(target.deadline) - toDayNumber(today), value };
}

/** Whether the growth is steep enough to need a stated reason. */
export function isSteep(growth: Growth): boolean {
  return STEEP_GROWTH.some((limit) => growth.factor >= limit.factor && growth.days <= limit.days);
}

const HOURS = /^(h|hrs?|hours?)$/i;
const MINUTES = /^(m|mins?|minutes?)$/i;

/** A response-time target's value in minutes: its metric names a response and its unit is hours or minutes. */
export function responseTargetMinutes(target: Target): number | undefined {
  if (!/response/i.test(target.metric) || target.unit === undefined) return undefined;
  const value = resolveTargetValue(target, target.baseline);
  if (value === undefined) return undefined;
  const unit = target.unit.trim();
  if (HOURS.test(unit)) return value * 60;
  if (MINUTES.test(unit)) return value;
  return undefined;
}
