import { daysBetween } from "../least-squares.js";
import { formatNumber } from "../words.js";
import { ENGLISH_CHART_WORDS, type ChartWords } from "./chart-words.js";
import type { TargetProgress } from "../types.js";
import { chartValues, isChartable, niceRange, projectionSegment } from "./chart-scale.js";

export const SVG_COLORS = { observed: "#2563eb", plan: "#64748b", target: "#16a34a", projection: "#d97706" } as const;

const WIDTH = 360;
const HEIGHT = 200;
const LEFT = 44;
const RIGHT = 12;
const TOP = 12;
const PLOT_BOTTOM = 150;

const escapeXml = (text: string): string =>
  text.replaceAll("&", "&amp;").replaceAll("<", "&lt;").replaceAll(">", "&gt;").replaceAll('"', "&quot;");
// Coordinates: always a plain decimal point, whatever the language of the labels.
const n = (value: number): string => formatNumber(Math.round(value * 10) / 10);

/**
 * A small self-contained SVG chart for one target: the plan's straight line from baseline to
 * target, the target as a horizontal line, the observations, and the trend's projection to the
 * deadline. Inline styles only, text in currentColor, so it reads on light and dark pages.
 * Undefined when the target lacks a baseline, target value, start or deadline.
 */
export function svgProgressChart(t: TargetProgress, options: { today?: string; words?: ChartWords } = {}): string | undefined {
  if (!isChartable(t)) return undefined;
  const words = options.words ?? ENGLISH_CHART_WORDS;
  const withUnit = words.measure;
  const first = [t.start, ...t.observations.map((o) => o.date)].sort()[0]!;
  const last = [t.deadline, ...t.observations.map((o) => o.date)].sort().at(-1)!;
  const span = Math.max(1, daysBetween(first, last));
  const { min, max } = niceRange(chartValues(t));
  const x = (date: string): string => n(LEFT + ((WIDTH - LEFT - RIGHT) * daysBetween(first, date)) / span);
  const y = (value: number): string => n(PLOT_BOTTOM - ((PLOT_BOTTOM - TOP) * (value - min)) / (max - min));
  const id = `progress-${t.id}`;
  const summary = words.title(
    t.id,
    words.status[t.status],
    t.latest ? { value: withUnit(t.latest.value, t.unit), date: t.latest.date } : null,
    withUnit(t.target, t.unit),
    t.deadline,
  );
  const dash = 'stroke-dasharray="4 3"';
  const parts = [
    `<svg xmlns="http://www.w3.org/2000/svg" viewBox="0 0 ${WIDTH} ${HEIGHT}" width="${WIDTH}" height="${HEIGHT}" role="img" aria-labelledby="${id}-title" font-family="system-ui, sans-serif" font-size="10">`,
    `<title id="${id}-title">${escapeXml(summary)}</title>`,
    `<g stroke="currentColor" stroke-opacity="0.35" fill="none"><path d="M${LEFT} ${TOP}V${PLOT_BOTTOM}H${WIDTH - RIGHT}"/></g>`,
    `<g fill="currentColor">`,
    `<text x="${LEFT - 4}" y="${y(max)}" text-anchor="end" dominant-baseline="middle">${escapeXml(words.number(max))}</text>`,
    `<text x="${LEFT - 4}" y="${y(min)}" text-anchor="end" dominant-baseline="middle">${escapeXml(words.number(min))}</text>`,
    `<text x="${LEFT}" y="${PLOT_BOTTOM + 14}">${first}</text>`,
    `<text x="${WIDTH - RIGHT}" y="${PLOT_BOTTOM + 14}" text-anchor="end">${last}</text>`,
    `</g>`,
  ];
  if (options.today && options.today >= first && options.today <= last) {
    parts.push(
      `<path d="M${x(options.today)} ${TOP}V${PLOT_BOTTOM}" stroke="currentColor" stroke-opacity="0.35" stroke-dasharray="1 2"/>`,
    );
  }
  // The target's label sits on the left: the plan line always meets the target on the right.
  parts.push(
    `<path d="M${LEFT} ${y(t.target)}H${WIDTH - RIGHT}" stroke="${SVG_COLORS.target}" ${dash}/>`,
    `<text x="${LEFT + 4}" y="${n(Number(y(t.target)) - 4)}" fill="${SVG_COLORS.target}">${escapeXml(words.target)} ${escapeXml(withUnit(t.target, t.unit))}</text>`,
    `<path d="M${x(t.start)} ${y(t.baseline)}L${x(t.deadline)} ${y(t.target)}" stroke="${SVG_COLORS.plan}" ${dash}/>`,
    `<circle cx="${x(t.start)}" cy="${y(t.baseline)}" r="2.5" fill="${SVG_COLORS.plan}"/>`,
  );
  const segment = projectionSegment(t);
  if (segment) {
    parts.push(
      `<path d="M${x(segment.from.date)} ${y(segment.from.value)}L${x(segment.to.date)} ${y(segment.to.value)}" stroke="${SVG_COLORS.projection}" ${dash}/>`,
      `<circle cx="${x(segment.to.date)}" cy="${y(segment.to.value)}" r="2.5" fill="${SVG_COLORS.projection}"/>`,
    );
  }
  if (t.observations.length > 0) {
    const points = t.observations.map((o) => `${x(o.date)},${y(o.value)}`).join(" ");
    parts.push(
      `<polyline points="${points}" fill="none" stroke="${SVG_COLORS.observed}" stroke-width="1.5"/>`,
      `<g fill="${SVG_COLORS.observed}">${t.observations.map((o) => `<circle cx="${x(o.date)}" cy="${y(o.value)}" r="2.5"/>`).join("")}</g>`,
    );
  }
  parts.push(legend(words), "</svg>");
  return `${parts.join("\n")}\n`;
}

function legend(words: ChartWords): string {
  const items: Array<[string, string, boolean]> = [
    [escapeXml(words.observed), SVG_COLORS.observed, false],
    [escapeXml(words.plan), SVG_COLORS.plan, true],
    [escapeXml(words.target), SVG_COLORS.target, true],
    [escapeXml(words.projection), SVG_COLORS.projection, true],
  ];
  const y = HEIGHT - 14;
  return `<g>${items
    .map(([label, color, dashed], i) => {
      const x0 = LEFT + i * 78;
      return `<path d="M${x0} ${y}h14" stroke="${color}"${dashed ? ' stroke-dasharray="4 3"' : ' stroke-width="1.5"'}/><text x="${x0 + 18}" y="${y}" dominant-baseline="middle" fill="currentColor">${label}</text>`;
    })
    .join("")}</g>`;
}
