import { characters } from "../../util/characters.js";
import type { Colors } from "../colors.js";
import type { ProgressReport, Status } from "../../progress/types.js";
import { COLUMNS, summaryLine, tableRow } from "../../progress/columns.js";

/** An aligned table for the terminal, the status coloured when colour is on. */
export function formatStylish(report: ProgressReport, options: { colors: Colors }): string {
  const c = options.colors;
  const paint: Record<Status, (text: string) => string> = {
    achieved: c.green,
    "on-track": c.green,
    "at-risk": c.yellow,
    "off-track": c.red,
    "no-data": c.dim,
  };
  const rows = [COLUMNS.map(String), ...report.targets.map(tableRow)];
  // Widths count characters, not bytes: "→" and "—" are one column on a terminal.
  const widths = COLUMNS.map((_, i) => Math.max(...rows.map((row) => characters(row[i]!).length)));
  const lines = rows.map((row, r) =>
    row
      .map((cell, i) => {
        const padded = i === row.length - 1 ? cell : cell + " ".repeat(widths[i]! - characters(cell).length);
        if (r === 0) return c.bold(padded);
        return i === 1 ? paint[report.targets[r - 1]!.status](padded) : padded;
      })
      .join("  ")
      .trimEnd(),
  );
  const heading = c.bold(`Progress of ${report.plan} on ${report.today} (actuals: ${report.actuals})`);
  return `${heading}\n\n${lines.join("\n")}\n\n${summaryLine(report)}\n`;
}
