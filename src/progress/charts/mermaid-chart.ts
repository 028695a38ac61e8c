import { formatNumber, STATUS_LABELS } from "../words.js";
import { daysBetween, trendAt } from "../least-squares.js";
import { timeShare } from "../compute-target.js";
import type { Point, Status, TargetProgress } from "../types.js";
import { type Chartable, chartValues, isChartable, niceRange } from "./chart-scale.js";
import { evenDates, interpolate, nearestDateIndex } from "./even-dates.js";

/** The lines' colours, in the order the lines are drawn. */
const PALETTE = ["#16a34a", "#64748b", "#2563eb", "#d97706"];

/** Mermaid's xychart has no legend; print this next to the chart. */
export const MERMAID_LEGEND =
  "Lines: green = target, grey = straight line from baseline to target, blue = observed (its last point is the projection at the deadline), orange = least-squares trend. " +
  "Dates are evenly spaced, one per week (one per month when the deadline is over six months after the start); values between observations are interpolated, and each observation is shown at its nearest date.";

const quote = (text: string): string => `"${text.replaceAll('"', "'")}"`;

/**
 * A Mermaid `xychart-beta` for one target (the text inside a ```mermaid fence). xychart places
 * its x-axis labels at equal distances whatever they say, so the chart is resampled onto evenly
 * spaced dates (evenDates), and straight lines stay straight. Undefined when the target cannot
 * be drawn.
 */
export function mermaidProgressChart(t: TargetProgress, status: Readonly<Record<Status, string>> = STATUS_LABELS): string | undefined {
  if (!isChartable(t)) return undefined;
  const { dates } = evenDates(t.start, t.deadline);
  const lastObserved = t.observations.at(-1);
  const plan = dates.map((d) => t.baseline + (t.target - t.baseline) * timeShare(t.start, t.deadline, d));
  // Without observations there is nothing observed to draw; the palette order still holds.
  const lines = [dates.map(() => t.target), plan, ...(lastObserved ? [observedLine(t, dates, lastObserved)] : [])];
  if (t.trend && lastObserved) lines.push(dates.map((d) => trendAt(t.trend!, d)));
  const { min, max } = niceRange([...chartValues(t), ...lines.flat()]);
  return [
    "---",
    "config:",
    "  themeVariables:",
    "    xyChart:",
    `      plotColorPalette: ${quote(PALETTE.slice(0, lines.length).join(", "))}`,
    "---",
    "xychart-beta",
    `  title ${quote(`${t.id}: ${status[t.status]}`)}`,
    `  x-axis [${dates.map(quote).join(", ")}]`,
    `  y-axis ${quote(t.unit ?? t.metric)} ${formatNumber(min)} --> ${formatNumber(max)}`,
    ...lines.map((values) => `  line [${values.map((v) => formatNumber(v)).join(", ")}]`),
    "",
  ].join("\n");
}

/**
 * The observed line on `dates`: from the baseline at the start through the observations, then
 * the trend (or the last value) up to the deadline; each observation's own value at its nearest
 * date, so no measured number is lost to interpolation.
 */
function observedLine(t: Chartable, dates: readonly string[], last: Point): number[] {
  const known = [...(t.start < t.observations[0]!.date ? [{ date: t.start, value: t.baseline }] : []), ...t.observations];
  const values = dates.map((d) => (d <= last.date ? interpolate(known, d) : t.trend ? trendAt(t.trend, d) : last.value));
  const nearest = new Map<number, Point>();
  for (const o of t.observations) {
    const i = nearestDateIndex(dates, o.date);
    const held = nearest.get(i);
    if (!held || Math.abs(daysBetween(dates[i]!, o.date)) <= Math.abs(daysBetween(dates[i]!, held.date))) nearest.set(i, o);
  }
  for (const [i, o] of nearest) values[i] = o.value;
  return values;
}
