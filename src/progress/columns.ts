import { countStatuses } from "./measure-progress.js";
import type { ProgressReport, TargetProgress } from "./types.js";
import { baselineToTarget, formatNumber, percent, reasonText, STATUS_LABELS, withUnit } from "./words.js";

/** The table every text format shows, one row per target; cells are plain text. */
export const COLUMNS = [
  "target",
  "status",
  "latest",
  "baseline → target",
  "deadline",
  "covered",
  "expected today",
  "projected",
  "why",
] as const;

export function tableRow(t: TargetProgress): string[] {
  return [
    t.id,
    STATUS_LABELS[t.status],
    t.latest ? `${withUnit(t.latest.value, t.unit)} on ${t.latest.date}` : "",
    baselineToTarget(t),
    t.deadline ?? "",
    percent(t.share),
    t.expected === undefined ? "" : formatNumber(t.expected),
    t.projection === undefined ? "" : formatNumber(t.projection),
    reasonText(t),
  ];
}

/** `4 targets: 1 achieved, 2 on track, 1 at risk, 0 off track, 0 no data` */
export function summaryLine(report: ProgressReport): string {
  const counts = countStatuses(report);
  const n = report.targets.length;
  const parts = (Object.keys(counts) as Array<keyof typeof counts>).map((s) => `${counts[s]} ${STATUS_LABELS[s]}`);
  return `${n} ${n === 1 ? "target" : "targets"}: ${parts.join(", ")}`;
}
