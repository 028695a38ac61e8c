// RFC 4180 CSV: CRLF line ends, a header row, cells as src/util/csv-cell.ts writes them (quoted
// where needed, formulas neutralised). UTF-8; a byte-order mark only when asked (`--bom`: Excel
// reads a UTF-8 CSV as UTF-8 only with one), and `;` or a tab instead of `,` when asked.
import type { Calendar } from "../../calendar/entries.js";
import { entryStatus } from "../../calendar/status.js";
import { csvCell, delimitedCell } from "../../util/csv-cell.js";

export const CSV_HEADER = [
  "date",
  "kind",
  "local time",
  "time zone",
  "UTC time",
  "duration (min)",
  "channel",
  "format",
  "pillar",
  "title",
  "topic",
  "draft due",
  "owner",
  "audience",
  "languages",
  "recording",
  "status",
] as const;

export { csvCell as csvField };

export interface CsvOptions {
  bom?: boolean;
  delimiter?: CsvDelimiter;
}

export type CsvDelimiter = "," | ";" | "\t";

export function writeCsv(calendar: Calendar, options: { csv?: CsvOptions } = {}): string {
  const delimiter = options.csv?.delimiter ?? ",";
  const rows: string[][] = [[...CSV_HEADER]];
  const timed = calendar.entries.map((entry) => ({
    date: entry.date,
    row: [
      entry.date,
      entry.kind,
      entry.localTime,
      entry.timeZone,
      entry.utc,
      entry.duration === null ? "" : String(entry.durationMinutes),
      entry.channel,
      entry.format,
      entry.pillar ?? "",
      entry.title,
      entry.topic ?? "",
      entry.draftDue ?? "",
      entry.owner ?? "",
      entry.audience.join(" "),
      entry.languages.join(" "),
      entry.recording ? "yes" : "no",
      entryStatus(entry),
    ],
  }));
  // All-day items have no time, channel or format; a span's last day is in the status cell.
  const allDay = calendar.dated.map((item) => ({
    date: item.date,
    row: [item.date, item.kind, "", "", "", "", "", "", "", item.title, "", "", item.owner ?? "", "", "", "", item.end === item.date ? "all day" : `all day, until ${item.end}`],
  }));
  rows.push(...mergeByDate(timed, allDay));
  const text = rows.map((row) => row.map((cell) => delimitedCell(cell, delimiter)).join(delimiter) + "\r\n").join("");
  return options.csv?.bom === true ? `\uFEFF${text}` : text;
}

/**
 * Timed entries keep their order (by instant, which across zones is not always by local date);
 * each all-day item goes in after the timed entries up to its date.
 */
function mergeByDate(timed: ReadonlyArray<{ date: string; row: string[] }>, allDay: ReadonlyArray<{ date: string; row: string[] }>): string[][] {
  const out: string[][] = [];
  let next = 0;
  for (const entry of timed) {
    while (next < allDay.length && allDay[next]!.date < entry.date) out.push(allDay[next++]!.row);
    out.push(entry.row);
  }
  while (next < allDay.length) out.push(allDay[next++]!.row);
  return out;
}
