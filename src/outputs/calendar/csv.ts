// RFC 4180 CSV: CRLF line ends, a header row, fields quoted when they hold a comma, a quote or a
// line break, quotes doubled. UTF-8 without a BOM.
import type { Calendar } from "../../calendar/entries.js";
import { entryStatus } from "../../calendar/status.js";

export const CSV_HEADER = [
  "date",
  "local time",
  "time zone",
  "UTC time",
  "channel",
  "format",
  "pillar",
  "title",
  "owner",
  "audience",
  "languages",
  "recording",
  "status",
] as const;

export function csvField(value: string): string {
  return /[",\r\n]/.test(value) ? `"${value.replace(/"/g, '""')}"` : value;
}

export function writeCsv(calendar: Calendar): string {
  const rows: string[][] = [[...CSV_HEADER]];
  for (const entry of calendar.entries) {
    rows.push([
      entry.date,
      entry.localTime,
      entry.timeZone,
      entry.utc,
      entry.channel,
      entry.format,
      entry.pillar ?? "",
      entry.title,
      entry.owner ?? "",
      entry.audience.join(" "),
      entry.languages.join(" "),
      entry.recording ? "yes" : "no",
      entryStatus(entry),
    ]);
  }
  return rows.map((row) => row.map(csvField).join(",") + "\r\n").join("");
}
