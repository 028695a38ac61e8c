import { characters } from "../../util/characters.js";
import { wrapPieces, wrapWords } from "../../util/wrap-words.js";
import type { Colors } from "../colors.js";
import type { ProgressReport, Status } from "../../progress/types.js";
import { COLUMNS, summaryLine, tableRow } from "../../progress/columns.js";

/** Columns left out, in this order, while the table is wider than the terminal. */
const DROP_ORDER = ["why", "projected", "expected today", "covered"] as const;

const GAP = 2;

/** Each column's width: its widest cell, in characters ("→" and "—" are one column on a terminal). */
function columnWidths(rows: readonly string[][]): number[] {
  return rows[0]!.map((_, i) => Math.max(...rows.map((row) => characters(row[i]!).length)));
}

const tableWidth = (widths: readonly number[]) => widths.reduce((sum, w) => sum + w, 0) + GAP * (widths.length - 1);

/** Which columns to show so the table fits `width`: all of them when it fits or no width is known. */
function columnsThatFit(rows: readonly string[][], width: number | undefined): number[] {
  const widths = columnWidths(rows);
  const shown = COLUMNS.map((_, i) => i);
  for (const name of DROP_ORDER) {
    if (width === undefined || tableWidth(shown.map((i) => widths[i]!)) <= width) break;
    shown.splice(shown.indexOf(COLUMNS.indexOf(name)), 1);
  }
  return shown;
}

/** An aligned table for the terminal, the status coloured when colour is on, no wider than the
 *  terminal where it can be; where even its first five columns are too wide, a block per target. */
export function formatStylish(report: ProgressReport, options: { colors: Colors; width?: number }): string {
  const c = options.colors;
  const paint = statusPaints(c);
  const allRows = [COLUMNS.map(String), ...report.targets.map(tableRow)];
  const headingText = `Progress of ${report.plan} on ${report.today} (actuals: ${report.actuals})`;
  const shown = columnsThatFit(allRows, options.width);
  const rows = allRows.map((row) => shown.map((i) => row[i]!));
  const widths = columnWidths(rows);
  if (options.width !== undefined && tableWidth(widths) > options.width) return formatBlocks(report, headingText, allRows.slice(1), options.width, c, paint);
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
  const left = COLUMNS.filter((_, i) => !shown.includes(i));
  const note = left.length === 0 ? "" : `${c.dim(`Left out to fit ${options.width} columns: ${left.join(", ")}; a wider terminal or --format md shows them.`)}\n`;
  return `${c.bold(headingText)}\n\n${lines.join("\n")}\n\n${summaryLine(report)}\n${note}`;
}

/** The status cell's colour: green for good news, yellow and red for risk, dim for no data. */
function statusPaints(c: Colors): Record<Status, (text: string) => string> {
  return { achieved: c.green, "on-track": c.green, "at-risk": c.yellow, "off-track": c.red, "no-data": c.dim };
}

const INDENT = "  ";

/**
 * For a terminal too narrow for the table: every column still, as a block per target (its id and
 * status, then the other columns as `name: value` pairs, then why), everything wrapped to the width.
 */
function formatBlocks(report: ProgressReport, heading: string, rows: readonly string[][], width: number, c: Colors, paint: Record<Status, (text: string) => string>): string {
  const inner = Math.max(1, width - INDENT.length);
  const indented = (lines: string[]) => lines.map((line) => INDENT + line);
  const why = COLUMNS.indexOf("why");
  const blocks = rows.map((row, r) => {
    const pairs = row.flatMap((cell, i) => (i < 2 || i === why || cell === "" ? [] : [`${COLUMNS[i]}: ${cell}`]));
    // A pair breaks over lines only when it is wider than a line by itself.
    const separated = pairs.map((pair, i) => (i < pairs.length - 1 ? `${pair};` : pair));
    const title = `${c.bold(row[0]!)}  ${paint[report.targets[r]!.status](row[1]!)}`;
    return [title, ...indented(wrapPieces(separated, inner)), ...indented(wrapWords(row[why]!, inner))].join("\n");
  });
  return `${wrapWords(heading, width).map(c.bold).join("\n")}\n\n${blocks.join("\n\n")}\n\n${wrapPieces(summaryLine(report).split(/(?<=,) /), width).join("\n")}\n`;
}
