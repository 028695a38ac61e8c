// The calendar document's view model: one row of plain strings per entry, grouped by month.
// Escaping is not done here: the render engine escapes every string for the output format.
import { parseYmd, weekdayIndex } from "../time/civil-date.js";
import { calendarBalance, type BalanceRow } from "./balance.js";
import type { Calendar, CalendarEntry } from "./entries.js";

const MONTHS = ["January", "February", "March", "April", "May", "June", "July", "August", "September", "October", "November", "December"];
const DAYS = ["Mon", "Tue", "Wed", "Thu", "Fri", "Sat", "Sun"];
/** An empty cell reads as "nothing here", not as a rendering mistake. */
const EMPTY = "–";

export interface CalendarRow {
  /** `day`, not `date`: `date` is a template helper, and strict templates would call it. */
  day: string;
  time: string;
  timeZone: string;
  utc: string;
  title: string;
  /** The working title; for a series without one left, the document's "topic to be decided". */
  topic: string;
  draftDue: string;
  channel: string;
  format: string;
  pillar: string;
  owner: string;
  audience: string;
  recording: string;
  notes: string;
}

export interface CalendarView {
  title: string;
  summary: string;
  today: string;
  months: Array<{ name: string; rows: CalendarRow[] }>;
  skipped: Array<{ day: string; id: string; reason: string }>;
  /** Why nothing is scheduled, when the range lies outside the plan's horizon. */
  note: string | null;
  /** Launch, contests, deadlines, reviews and blackouts: all-day items, by date. */
  dated: Array<{ day: string; kind: string; title: string; owner: string }>;
  /** Occurrences per pillar, channel, owner and week; null for an empty calendar. `heading` is a label key. */
  balance: { count: number; sections: Array<{ heading: string; rows: BalanceRow[] }> } | null;
}

/**
 * `topicToBeDecided` is the document language's words for a series occurrence without a topic;
 * `none` names the balance rows of occurrences without a pillar or owner.
 */
export function calendarView(calendar: Calendar, today: string, topicToBeDecided = "topic to be decided", none = "none"): CalendarView {
  const months = new Map<string, CalendarView["months"][number]>();
  for (const entry of calendar.entries) {
    const key = entry.date.slice(0, 7);
    const { year, month } = parseYmd(entry.date);
    if (!months.has(key)) months.set(key, { name: `${MONTHS[month - 1]} ${year}`, rows: [] });
    months.get(key)?.rows.push(row(entry, topicToBeDecided));
  }
  const count = calendar.entries.length;
  return {
    title: `${calendar.community}: content calendar ${calendar.range.label}`,
    summary: `${calendar.range.from} to ${calendar.range.to}: ${count} ${count === 1 ? "entry" : "entries"}.`,
    today,
    months: [...months.keys()].sort().map((key) => months.get(key) as CalendarView["months"][number]),
    skipped: calendar.skipped.map((s) => ({ day: s.date, id: s.id, reason: s.reason })),
    note: calendar.note === undefined ? null : calendar.note[0]!.toUpperCase() + calendar.note.slice(1) + ".",
    dated: calendar.dated.map((item) => ({
      day: item.end === item.date ? `${DAYS[weekdayIndex(item.date)]} ${item.date}` : `${DAYS[weekdayIndex(item.date)]} ${item.date} – ${DAYS[weekdayIndex(item.end)]} ${item.end}`,
      kind: item.kind,
      title: item.title,
      owner: item.owner ?? EMPTY,
    })),
    balance: balanceView(calendar.entries, none),
  };
}

function balanceView(entries: readonly CalendarEntry[], none: string): CalendarView["balance"] {
  if (entries.length === 0) return null;
  const balance = calendarBalance(entries, none);
  return {
    count: entries.length,
    sections: [
      { heading: "calendar.byPillar", rows: balance.pillars },
      { heading: "calendar.byChannel", rows: balance.channels },
      { heading: "calendar.byOwner", rows: balance.owners },
      { heading: "calendar.byWeek", rows: balance.weeks },
    ],
  };
}

function row(entry: CalendarEntry, topicToBeDecided: string): CalendarRow {
  const notes: string[] = [];
  if (entry.dst === "nonexistent") notes.push(`${entry.plannedTime} does not exist that day (DST), moved to ${entry.localTime}`);
  if (entry.dst === "ambiguous") notes.push(`${entry.plannedTime} occurs twice that day (DST), the first is meant`);
  // Only live sessions are attended at a time; an article published at 01:00 somewhere is fine.
  const outside = entry.live ? entry.audienceTimes.filter((t) => t.outside) : [];
  if (outside.length > 0) {
    notes.push(`outside reasonable hours: ${outside.map((t) => `${t.timeZone} ${t.localTime}`).join(", ")}`);
  }
  const cell = (text: string | null | undefined): string => (text == null || text === "" ? EMPTY : text);
  return {
    day: `${DAYS[weekdayIndex(entry.date)]} ${entry.date}`,
    time: entry.duration ? `${entry.localTime} (${entry.duration})` : entry.localTime,
    timeZone: entry.timeZone,
    utc: entry.utc.slice(11, 16),
    title: cell(entry.title),
    topic: entry.topic ?? (entry.kind === "series" ? topicToBeDecided : EMPTY),
    draftDue: cell(entry.draftDue),
    channel: cell(entry.channelName),
    format: cell(entry.format),
    pillar: cell(entry.pillarName),
    owner: cell(entry.owner),
    audience: cell(entry.audience.join(", ")),
    recording: entry.recording ? "yes" : "no",
    notes: cell(notes.join("; ")),
  };
}
