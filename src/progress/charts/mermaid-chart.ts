import { formatNumber, STATUS_LABELS } from "../words.js";
import { trendAt } from "../least-squares.js";
import { timeShare } from "../compute-target.js";
import type { TargetProgress } from "../types.js";
import { chartValues, isChartable, niceRange } from "./chart-scale.js";

/** The lines' colours, in the order the lines are drawn. */
const PALETTE = ["#16a34a", "#64748b", "#2563eb", "#d97706"];

/** Mermaid's xychart has no legend; print this next to the chart. */
export const MERMAID_LEGEND =
  "Lines: green = target, grey = straight line from baseline to target, blue = observed (its last point is the projection at the deadline), orange = least-squares trend.";

const quote = (text: string): string => `"${text.replaceAll('"', "'")}"`;

/**
 * A Mermaid `xychart-beta` for one target (the text inside a ```mermaid fence). The x axis is
 * the dates that matter (the start, each observation, the deadline), because xychart places
 * categories evenly and has no gaps in a line: the observed line therefore starts at the
 * baseline and ends at the projection. Undefined when the target cannot be drawn.
 */
export function mermaidProgressChart(t: TargetProgress): string | undefined {
  if (!isChartable(t)) return undefined;
  const dates = [...new Set([t.start, ...t.observations.map((o) => o.date), t.deadline])].sort();
  const observed = new Map(t.observations.map((o) => [o.date, o.value]));
  const lastObserved = t.observations.at(-1);
  const plan = dates.map((d) => t.baseline + (t.target - t.baseline) * timeShare(t.start, t.deadline, d));
  const observedLine = dates.map((d) => {
    const value = observed.get(d);
    if (value !== undefined) return value;
    if (!lastObserved || d < lastObserved.date) return t.baseline;
    return t.trend ? trendAt(t.trend, d) : lastObserved.value;
  });
  // Without observations there is nothing observed to draw; the palette order still holds.
  const lines = [dates.map(() => t.target), plan, ...(lastObserved ? [observedLine] : [])];
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
    `  title ${quote(`${t.id}: ${STATUS_LABELS[t.status]}`)}`,
    `  x-axis [${dates.map(quote).join(", ")}]`,
    `  y-axis ${quote(t.unit ?? t.metric)} ${formatNumber(min)} --> ${formatNumber(max)}`,
    ...lines.map((values) => `  line [${values.map((v) => formatNumber(v)).join(", ")}]`),
    "",
  ].join("\n");
}
