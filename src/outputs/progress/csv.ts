import { csvRow } from "../../progress/parse-csv.js";
import type { ProgressReport } from "../../progress/types.js";
import { round4 } from "../../progress/words.js";

const HEADER = [
  "target",
  "metric",
  "channel",
  "unit",
  "direction",
  "status",
  "baseline",
  "target_value",
  "deadline",
  "latest",
  "latest_date",
  "share",
  "expected",
  "projection",
  "observations",
];

const round = (value: number | undefined): string => (value === undefined ? "" : String(round4(value)));

/** One row per target, RFC 4180 (CRLF line ends), for a spreadsheet or a dashboard import. */
export function formatCsv(report: ProgressReport): string {
  const rows = report.targets.map((t) =>
    csvRow([
      t.id,
      t.metric,
      t.channel,
      t.unit,
      t.direction,
      t.status,
      round(t.baseline),
      round(t.target),
      t.deadline,
      round(t.latest?.value),
      t.latest?.date,
      round(t.share),
      round(t.expected),
      round(t.projection),
      t.observations.length,
    ]),
  );
  return [csvRow(HEADER), ...rows].map((row) => `${row}\r\n`).join("");
}
