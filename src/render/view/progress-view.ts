// The strategy document's progress section (`render --actuals`): the numbers `progress`
// measures, in words, with a chart per target — Mermaid for Markdown, inline SVG for HTML.
// Both charts are built here, like the other diagrams, and the template picks one.
import { mermaidProgressChart } from "../../progress/charts/mermaid-chart.js";
import { svgProgressChart } from "../../progress/charts/svg-chart.js";
import { countStatuses } from "../../progress/measure-progress.js";
import type { ProgressReport, SeriesSource, TargetProgress } from "../../progress/types.js";
import { Trusted } from "../escape.js";
import { formatMeasure, formatNumber, formatShare } from "../format.js";
import type { Labels } from "../labels/index.js";
import { metricName } from "./enum-labels.js";

export type ProgressView = ReturnType<typeof buildProgressView>;

/** Why the target has its status, in one short phrase of the document's language. */
export function progressReason(t: TargetProgress, L: Labels): string {
  const R = L.progress.reason;
  const share = t.projectedShare === undefined ? "" : formatShare(t.projectedShare, 1, L.locale.tag);
  switch (t.reason) {
    case "no-target-value":
      return R.noTargetValue;
    case "no-deadline":
      return R.noDeadline;
    case "no-observations":
      return R.noObservations(t.metric, t.channel);
    case "reached":
      return R.reached;
    case "deadline-passed":
      return R.deadlinePassed(t.deadline ?? "");
    case "projection-reaches":
      return R.projectionReaches;
    case "projection-close":
      return R.projectionClose(share);
    case "ahead-of-line":
      return R.aheadOfLine(share);
    case "projection-short":
      return R.projectionShort(share);
    case "on-line":
      return R.onLine;
    case "slightly-behind":
      return R.slightlyBehind;
    case "behind-line":
      return R.behindLine;
  }
}

export function buildProgressView(report: ProgressReport, L: Labels) {
  const lang = L.locale.tag;
  const number = (value: number) => formatNumber(Math.round(value * 100) / 100, undefined, lang);
  const withUnit = (value: number | undefined, unit: string | undefined) => (value === undefined ? "" : formatMeasure(value, unit, lang));
  const counts = countStatuses(report);
  const parts = (Object.keys(counts) as Array<keyof typeof counts>).map((s) => `${counts[s]} ${L.progress.status[s]}`);
  const words = { ...L.progress.chart, status: L.progress.status, number, measure: (value: number, unit: string | undefined) => formatMeasure(value, unit, lang) };
  return {
    today: report.today,
    actuals: report.actuals,
    summary: L.progress.summary(report.targets.length, parts.join(", ")),
    legend: L.progress.legend,
    anySource: report.targets.some((t) => t.source !== undefined),
    targets: report.targets.map((t) => {
      // Plan text inside a ```mermaid fence: one line, so it can never close the fence.
      const oneLine = (text: string | undefined) => text?.replace(/\s+/g, " ");
      const mermaid = mermaidProgressChart({ ...t, unit: oneLine(t.unit), metric: oneLine(t.metric)! }, L.progress.status);
      const svg = svgProgressChart(t, { today: report.today, words });
      const baselineToTarget =
        t.baseline === undefined && t.target === undefined ? "" : `${t.baseline === undefined ? "?" : number(t.baseline)} → ${withUnit(t.target, t.unit) || "?"}`;
      return {
        id: t.id,
        metric: metricName(L, t.metric),
        /** `on-track`: for a CSS class; `status` is the words. */
        statusId: t.status,
        status: L.progress.status[t.status],
        latest: t.latest ? withUnit(t.latest.value, t.unit) : null,
        latestDate: t.latest?.date ?? null,
        baselineToTarget: baselineToTarget || null,
        deadline: t.deadline ?? null,
        covered: t.share === undefined ? null : formatShare(t.share, 1, lang),
        reason: progressReason(t, L),
        mermaid: mermaid === undefined ? null : new Trusted(mermaid),
        svg: svg === undefined ? null : new Trusted(svg),
        source: t.source ? sourceView(t.source) : null,
      };
    }),
  };
}

/**
 * Label keys and values for "measured from": the template puts the words together with `{{t}}`,
 * so every language says where a number came from in its own words.
 */
function sourceView(source: SeriesSource) {
  return {
    files: source.files.join(", "),
    from: `progress.from.${source.from}`,
    report: source.report ?? "",
    compute: source.compute ? `progress.compute.${source.compute}` : null,
    how: source.aggregate ? `progress.how.${source.aggregate}` : "progress.how.asRecorded",
    per: `progress.per.${source.per ?? "month"}`,
  };
}
