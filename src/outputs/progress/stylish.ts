import { characters } from "../../util/characters.js";
import type { Colors } from "../colors.js";
import type { ProgressReport, Status } from "../../progress/types.js";
import { COLUMNS, summaryLine, tableRow } from "../../progress/columns.js";

/** Columns left out, in this order, while the table is wider than the terminal. */
const DROP_ORDER = ["why", "projected", "expected today", "covered"] as const;

const GAP = 2;

/** Which columns to show so the table fits `width`: all of them when it fits or no width is known. */
function columnsThatFit(rows: readonly string[][], width: number | undefined): number[] {
  const widths = COLUMNS.map((_, i) => Math.max(...rows.map((row) => characters(row[i]!).length)));
  const shown = COLUMNS.map((_, i) => i);
  const tableWidth = () => shown.reduce((sum, i) => sum + widths[i]!, 0) + GAP * (shown.length - 1);
  for (const name of DROP_ORDER) {
    if (width === undefined || tableWidth() <= width) break;
    shown.splice(shown.indexOf(COLUMNS.indexOf(name)), 1);
  }
  return shown;
}

/** An aligned table for the terminal, the status coloured when colour is on, no wider than the terminal where it can be. */
export function formatStylish(report: ProgressReport, options: { colors: Colors; width?: number }): string {
  const c = options.colors;
  const paint: Record<Status, (text: string) => string> = {
    achieved: c.green,
    "on-track": c.green,
    "at-risk": c.yellow,
    "off-track": c.red,
    "no-data": c.dim,
  };
  const allRows = [COLUMNS.map(String), ...report.targets.map(tableRow)];
  const shown = columnsThatFit(allRows, options.width);
  const rows = allRows.map((row) => shown.map((i) => row[i]!));
  // Widths count characters, not bytes: "→" and "—" are one column on a terminal.
  const widths = shown.map((_, i) => Math.max(...rows.map((row) => characters(row[i]!).length)));
  const lines = rows.map((row, r) =>
    row
      .map((cell, i) => {
        const padded = i === row.length - 1 ? cell : cell + " ".repeat(widths[i]! - characters(cell).length);
        if (r === 0) return c.bold(padded);
        return shown[i] === 1 ? paint[report.targets[r - 1]!.status](padded) : padded;
      })
      .join(" ".repeat(GAP))
      .trimEnd(),
  );
  const heading = c.bold(`Progress of ${report.plan} on ${report.today} (actuals: ${report.actuals})`);
  const left = COLUMNS.filter((_, i) => !shown.includes(i));
  const note = left.length === 0 ? "" : `${c.dim(`Left out to fit ${options.width} columns: ${left.join(", ")}; a wider terminal or --format md shows them.`)}\n`;
  return `${heading}\n\n${lines.join("\n")}\n\n${summaryLine(report)}\n${note}`;
}
