import type { Point, Trend } from "./types.js";

/** Whole days from `from` to `to` (both YYYY-MM-DD); calendar days, no time zones involved. */
export function daysBetween(from: string, to: string): number {
  return (Date.parse(`${to}T00:00:00Z`) - Date.parse(`${from}T00:00:00Z`)) / 86_400_000;
}

/** The ordinary least-squares line through the points; undefined with fewer than two distinct dates. */
export function leastSquares(points: readonly Point[]): Trend | undefined {
  if (points.length < 2) return undefined;
  const origin = points.reduce((min, p) => (p.date < min ? p.date : min), points[0]!.date);
  const xs = points.map((p) => daysBetween(origin, p.date));
  const ys = points.map((p) => p.value);
  const meanX = xs.reduce((a, b) => a + b, 0) / xs.length;
  const meanY = ys.reduce((a, b) => a + b, 0) / ys.length;
  let sxy = 0;
  let sxx = 0;
  for (let i = 0; i < xs.length; i++) {
    sxy += (xs[i]! - meanX) * (ys[i]! - meanY);
    sxx += (xs[i]! - meanX) ** 2;
  }
  if (sxx === 0) return undefined;
  const slopePerDay = sxy / sxx;
  return { origin, intercept: meanY - slopePerDay * meanX, slopePerDay };
}

export function trendAt(trend: Trend, date: string): number {
  return trend.intercept + trend.slopePerDay * daysBetween(trend.origin, date);
}
