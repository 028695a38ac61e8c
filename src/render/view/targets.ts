import type { Plan, Target } from "../../plan/types.js";
import { formatFromTo, formatPlanDate } from "../format.js";
import { metricName } from "./enum-labels.js";
import type { Labels } from "../labels/index.js";

export interface TargetView {
  id: string;
  metric: string;
  metricName: string;
  description: string | null;
  baseline: number | null;
  /** The value to reach: given, or computed from the baseline and `change`. */
  target: number | null;
  /** The change the plan asked for, as written ("+50%"), or null when it gave a target value. */
  change: string | null;
  direction: "increase" | "decrease";
  unit: string | null;
  deadline: string | null;
  channel: string | null;
  owner: string | null;
  dataSource: string | null;
}

/** Rounds away binary noise (10 × 1.15 = 11.499999…) to at most two decimals. */
function round(value: number): number {
  return Math.round(value * 100) / 100;
}

/** The value a target aims for: its own `target`, or baseline × (1 + change). */
export function resolveTargetValue(target: Pick<Target, "baseline" | "target" | "change">): number | null {
  if (target.target !== undefined) return target.target;
  if (target.change === undefined || target.baseline === undefined) return null;
  return round(target.baseline * (1 + Number.parseFloat(target.change) / 100));
}

export function targetDirection(target: Target, value: number | null): "increase" | "decrease" {
  if (target.direction) return target.direction;
  if (target.change) return target.change.startsWith("-") ? "decrease" : "increase";
  if (value !== null && target.baseline !== undefined && value < target.baseline) return "decrease";
  return "increase";
}

export function buildTargetView(target: Target, plan: Plan, L: Labels): TargetView {
  const value = resolveTargetValue(target);
  return {
    id: target.id,
    metric: target.metric,
    metricName: metricName(L, target.metric),
    description: target.description ?? null,
    baseline: target.baseline ?? null,
    target: value,
    change: target.change ?? null,
    direction: targetDirection(target, value),
    unit: target.unit ?? null,
    deadline: target.deadline ?? null,
    channel: plan.channels.find((c) => c.id === target.channel)?.name ?? null,
    owner: target.owner ?? null,
    dataSource: target.dataSource ?? null,
  };
}

/** "35% → 50% by 30 Jun 2027": where a target starts, where it aims, and by when. */
export function targetHeadline(t: Pick<TargetView, "baseline" | "target" | "unit" | "deadline">, L: Labels): string {
  const lang = L.locale.tag;
  return L.metrics.headline(formatFromTo(t.baseline, t.target, t.unit, lang), t.deadline ? formatPlanDate(t.deadline, lang) : null);
}
