import type { TargetProgress } from "../types.js";
import { trendAt } from "../least-squares.js";

/** What both charts need: a target with a baseline, a target value, a start and a deadline. */
export interface Chartable extends TargetProgress {
  baseline: number;
  target: number;
  start: string;
  deadline: string;
}

export function isChartable(t: TargetProgress): t is Chartable {
  return t.baseline !== undefined && t.target !== undefined && t.start !== undefined && t.deadline !== undefined;
}

/** The trend's line from the latest observation to the deadline, when there is a trend. */
export function projectionSegment(
  t: Chartable,
): { from: { date: string; value: number }; to: { date: string; value: number } } | undefined {
  if (!t.trend || !t.latest || t.projection === undefined || t.latest.date >= t.deadline) return undefined;
  return {
    from: { date: t.latest.date, value: trendAt(t.trend, t.latest.date) },
    to: { date: t.deadline, value: t.projection },
  };
}

/** Every value a chart shows, so the y axis fits them all. */
export function chartValues(t: Chartable): number[] {
  const values = [t.baseline, t.target, ...t.observations.map((o) => o.value)];
  const segment = projectionSegment(t);
  if (segment) values.push(segment.from.value, segment.to.value);
  return values;
}

/** A y range that holds the values with a little room, on round numbers (steps of 1, 2 or 5 × 10ⁿ). */
export function niceRange(values: readonly number[]): { min: number; max: number } {
  let min = Math.min(...values);
  let max = Math.max(...values);
  if (max === min) {
    min -= Math.abs(min) * 0.1 || 1;
    max += Math.abs(max) * 0.1 || 1;
  }
  const raw = (max - min) / 4;
  const magnitude = 10 ** Math.floor(Math.log10(raw));
  const step = [1, 2, 5, 10].map((m) => m * magnitude).find((s) => s >= raw)!;
  // A value exactly on a round number gets one more step, so no point sits on the frame.
  let low = Math.floor(min / step) * step;
  if (low === min) low -= step;
  let high = Math.ceil(max / step) * step;
  if (high === max) high += step;
  // Keep counts and rates from dipping below zero on the axis.
  const round = (n: number): number => Number(n.toPrecision(12));
  return { min: round(Math.min(...values) >= 0 ? Math.max(0, low) : low), max: round(high) };
}
