// Metrics to watch: every metric a target measures or the review watches, the qualitative
// signals, and — with `--actuals` — anything else measured, each with its latest value and note.
import { reviewMetricNames } from "../../plan/watched-metrics.js";
import type { Plan } from "../../plan/types.js";
import type { ProgressReport } from "../../progress/types.js";
import { formatMeasure, formatPlanDate } from "../format.js";
import { metricName } from "./enum-labels.js";
import type { MetricView } from "./strategy-view-model.js";
import { targetHeadline, type TargetView } from "./targets.js";
import type { Labels } from "../labels/index.js";



export function buildMetrics(plan: Plan, targets: readonly TargetView[], L: Labels, progress?: ProgressReport): MetricView[] {
  const W = L.metrics;
  const date = (iso: string) => formatPlanDate(iso, L.locale.tag);
  const withUnit = (value: number, unit: string | undefined) => formatMeasure(value, unit, L.locale.tag);
  const reviewMetrics = reviewMetricNames(plan);
  const signals = plan.review?.qualitativeSignals ?? [];
  const latest = new Map((progress?.latest ?? []).map((l) => [l.metric, l]));
  const planned = [...reviewMetrics, ...plan.targets.map((t) => t.metric)];
  // Signals and unplanned measurements join the table only when something was measured.
  const ids = [...new Set(progress ? [...planned, ...signals, ...latest.keys()] : planned)];
  const known = new Set([...planned, ...signals]);
  return ids.map((metric) => {
    const measured = latest.get(metric);
    const unit = targets.find((t) => t.metric === metric && t.unit !== null)?.unit ?? undefined;
    return {
      metric,
      name: metricName(L, metric),
      reviewed: reviewMetrics.includes(metric) || signals.includes(metric),
      targets: targets.filter((t) => t.metric === metric).map((t) => targetHeadline(t, L)),
      sources: [...new Set(targets.filter((t) => t.metric === metric && t.dataSource).map((t) => t.dataSource!))],
      latest: !progress ? null : measured ? W.latest(withUnit(measured.value, unit), date(measured.date), measured.channel) : W.notMeasured,
      note: measured?.note ? W.note(measured.note.text, measured.note.date === measured.date ? null : date(measured.note.date)) : null,
      unplanned: known.has(metric) ? null : W.unplanned,
    };
  });
}
