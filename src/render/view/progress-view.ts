// The strategy document's progress section (`render --actuals`): the numbers `progress`
// measures, in words, with a chart per target — Mermaid for Markdown, inline SVG for HTML.
// Both charts are built here, like the other diagrams, and the template picks one.
import { mermaidProgressChart, MERMAID_LEGEND } from "../../progress/charts/mermaid-chart.js";
import { svgProgressChart } from "../../progress/charts/svg-chart.js";
import { summaryLine } from "../../progress/columns.js";
import { baselineToTarget, percent, reasonText, STATUS_LABELS, withUnit } from "../../progress/words.js";
import type { ProgressReport, SeriesSource } from "../../progress/types.js";
import { Trusted } from "../escape.js";
import { humanize } from "../../plan/enum-labels.js";

export type ProgressView = ReturnType<typeof buildProgressView>;

export function buildProgressView(report: ProgressReport) {
  return {
    today: report.today,
    actuals: report.actuals,
    summary: summaryLine(report),
    legend: MERMAID_LEGEND,
    anySource: report.targets.some((t) => t.source !== undefined),
    targets: report.targets.map((t) => {
      // Plan text inside a ```mermaid fence: one line, so it can never close the fence.
      const oneLine = (text: string | undefined) => text?.replace(/\s+/g, " ");
      const mermaid = mermaidProgressChart({ ...t, unit: oneLine(t.unit), metric: oneLine(t.metric)! });
      const svg = svgProgressChart(t, { today: report.today });
      return {
        id: t.id,
        metric: humanize(t.metric),
        /** `on-track`: for a CSS class; `status` is the words. */
        statusId: t.status,
        status: STATUS_LABELS[t.status],
        latest: t.latest ? withUnit(t.latest.value, t.unit) : null,
        latestDate: t.latest?.date ?? null,
        baselineToTarget: baselineToTarget(t) || null,
        deadline: t.deadline ?? null,
        covered: percent(t.share) || null,
        reason: reasonText(t),
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
