// `progress --explain <target>`: every number of one target with the file, rows and
// aggregation behind it, so a person can open the export and check it by hand.
import type { MeasuredSeries } from "../../progress/exports/measure-exports.js";
import type { RowsUsed } from "../../progress/exports/periods.js";
import type { Observation, TargetProgress } from "../../progress/types.js";
import { formatNumber } from "../../progress/words.js";

export interface ExplainInput {
  target: TargetProgress;
  today: string;
  /** The series the target's `measure:` read, when it has one. */
  series?: MeasuredSeries;
  /** Otherwise the actuals rows matched to it, and the actuals file's name. */
  observations?: readonly Observation[];
  actualsFile?: string;
}

export function formatExplanation(input: ExplainInput): string {
  const { target, series } = input;
  const lines = [`${target.id}: ${target.metric}${target.channel ? ` on ${target.channel}` : ""}`];
  if (series) {
    const what = [series.from, series.report, series.compute && `computed: ${series.compute}`].filter(Boolean).join(", ");
    lines.push(`  source:    ${what}`);
    lines.push(`  files:     ${series.files.join(", ")}`);
    lines.push(`  read:      ${series.columns}`);
    lines.push(`  each row:  ${series.aggregate ? `${series.aggregate} per ${series.per}, dated on the period's first day` : "as recorded"}`);
    lines.push("");
    for (const p of series.points) {
      const how = series.aggregate ? `${series.aggregate} of ${p.rows} ${p.rows === 1 ? "row" : "rows"}` : "1 row";
      lines.push(`  ${p.date}  ${formatNumber(p.value).padStart(9)}  ${how}: ${p.from.map(rowsText).join("; ")}${later(p.date, input.today)}`);
    }
    if (series.points.length === 0) lines.push("  no rows with a value");
  } else {
    lines.push(`  source:    the actuals file ${input.actualsFile ?? ""}, rows of metric "${target.metric}"`);
    lines.push("");
    for (const o of input.observations ?? []) {
      lines.push(`  ${o.date}  ${formatNumber(o.value).padStart(9)}  ${input.actualsFile}:${o.line}${o.channel ? ` (channel ${o.channel})` : ""}${later(o.date, input.today)}`);
    }
    if ((input.observations ?? []).length === 0) lines.push("  no observations");
  }
  return `${lines.join("\n")}\n`;
}

function later(date: string, today: string): string {
  return date > today ? `  (after ${today}: left out)` : "";
}

function rowsText(rows: RowsUsed): string {
  return `${rows.file} ${rows.lines.length === 1 ? "line" : "lines"} ${lineRanges(rows.lines)}`;
}

/** `2-32, 40, 45-46`: consecutive lines as one range. */
export function lineRanges(lines: readonly number[]): string {
  const parts: string[] = [];
  let start = lines[0];
  let end = start;
  for (const line of [...lines.slice(1), undefined]) {
    if (line !== undefined && end !== undefined && line === end + 1) {
      end = line;
      continue;
    }
    if (start !== undefined) parts.push(start === end ? `${start}` : `${start}-${end}`);
    start = line;
    end = line;
  }
  return parts.join(", ");
}
