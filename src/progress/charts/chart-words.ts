// The words a progress chart writes. English for the terminal and machine-side callers; the
// strategy document hands in its own language's (render/labels, `progress.chart`).
import type { Status } from "../types.js";
import { formatNumber, STATUS_LABELS, withUnit } from "../words.js";

export interface ChartWords {
  status: Readonly<Record<Status, string>>;
  observed: string;
  plan: string;
  target: string;
  projection: string;
  /** The chart's accessible title. `latest` is null before the first observation. */
  title: (id: string, status: string, latest: { value: string; date: string } | null, target: string, deadline: string) => string;
  number: (value: number) => string;
  /** A value with the target's unit: "46%" ("46 %" in German), "18 hours". */
  measure: (value: number, unit: string | undefined) => string;
}

export const ENGLISH_CHART_WORDS: ChartWords = {
  status: STATUS_LABELS,
  observed: "observed",
  plan: "plan",
  target: "target",
  projection: "projection",
  title: (id, status, latest, target, deadline) =>
    `${id}: ${status}; ${latest ? `latest ${latest.value} on ${latest.date}` : "no observations yet"}; target ${target} by ${deadline}`,
  number: formatNumber,
  measure: withUnit,
};
