// The Markdown calendar, rendered from templates/calendar.md.hbs with a private Handlebars
// instance. Kept to one template and one helper so the full render engine (src/render) can take
// it over later by rendering the same template with the same view.
import Handlebars from "handlebars";
import { readFileSync } from "node:fs";
import { parseYmd, weekdayIndex } from "./civil-date.js";
import type { Calendar, CalendarEntry } from "./entries.js";
import { packagePath } from "../package-files.js";

const TEMPLATE_PATH = packagePath("templates", "calendar.md.hbs");
const MONTHS = ["January", "February", "March", "April", "May", "June", "July", "August", "September", "October", "November", "December"];
const DAYS = ["Mon", "Tue", "Wed", "Thu", "Fri", "Sat", "Sun"];

/** Markdown table cells: pipes escaped, line breaks flattened, empty shown as a dash. */
export function markdownCell(value: unknown): string {
  const text = value === undefined || value === null || value === "" ? "–" : String(value);
  return text.replace(/\\/g, "\\\\").replace(/\|/g, "\\|").replace(/\r?\n/g, " ");
}

export interface CalendarView {
  title: string;
  summary: string;
  months: Array<{ name: string; rows: Array<Record<string, string>> }>;
  skipped: Calendar["skipped"];
}

export function calendarView(calendar: Calendar): CalendarView {
  const months = new Map<string, CalendarView["months"][number]>();
  for (const entry of calendar.entries) {
    const key = entry.date.slice(0, 7);
    const { year, month } = parseYmd(entry.date);
    if (!months.has(key)) months.set(key, { name: `${MONTHS[month - 1]} ${year}`, rows: [] });
    months.get(key)?.rows.push(row(entry));
  }
  const count = calendar.entries.length;
  return {
    title: `${calendar.community}: content calendar ${calendar.range.label}`,
    summary: `${calendar.range.from} to ${calendar.range.to}: ${count} ${count === 1 ? "entry" : "entries"}.`,
    months: [...months.keys()].sort().map((key) => months.get(key) as CalendarView["months"][number]),
    skipped: calendar.skipped,
  };
}

function row(entry: CalendarEntry): Record<string, string> {
  const notes: string[] = [];
  if (entry.dst === "nonexistent") notes.push(`${entry.plannedTime} does not exist that day (DST), moved to ${entry.localTime}`);
  if (entry.dst === "ambiguous") notes.push(`${entry.plannedTime} occurs twice that day (DST), the first is meant`);
  // Only live sessions are attended at a time; an article published at 01:00 somewhere is fine.
  const outside = entry.live ? entry.audienceTimes.filter((t) => t.outside) : [];
  if (outside.length > 0) {
    notes.push(`outside reasonable hours: ${outside.map((t) => `${t.timeZone} ${t.localTime}`).join(", ")}`);
  }
  return {
    date: `${DAYS[weekdayIndex(entry.date)]} ${entry.date}`,
    time: entry.duration ? `${entry.localTime} (${entry.duration})` : entry.localTime,
    timeZone: entry.timeZone,
    utc: entry.utc.slice(11, 16),
    title: entry.title,
    channel: entry.channelName,
    format: entry.format,
    pillar: entry.pillarName ?? "",
    owner: entry.owner ?? "",
    audience: entry.audience.join(", "),
    recording: entry.recording ? "yes" : "no",
    notes: notes.join("; "),
  };
}

let compiled: HandlebarsTemplateDelegate<CalendarView> | undefined;

export function renderMarkdown(calendar: Calendar): string {
  if (!compiled) {
    const handlebars = Handlebars.create();
    handlebars.registerHelper("cell", markdownCell);
    // Markdown, not HTML: no entity escaping; cells are escaped by the helper instead.
    compiled = handlebars.compile<CalendarView>(readFileSync(TEMPLATE_PATH, "utf8"), { noEscape: true, strict: false });
  }
  return compiled(calendarView(calendar));
}
