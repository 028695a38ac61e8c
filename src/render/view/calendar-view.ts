// The calendar document's view model: one row of plain strings per entry, grouped by month.
// Escaping is not done here: the render engine escapes every string for the output format.
import { parseYmd, WEEKDAYS, weekdayIndex } from "../../time/civil-date.js";
import type { Calendar, CalendarEntry } from "../../calendar/entries.js";
import { monthName } from "../format.js";
import type { Labels } from "../labels/index.js";
import { weekdayName } from "../weekdays.js";
import { enumLabel, metricName } from "./enum-labels.js";
import { calendarBalance, type BalanceRow } from "../../calendar/balance.js";
import type { DatedItem } from "../../calendar/dated-items.js";
import { formatList, formatShare } from "../format.js";
import { holidayLabel, holidayName, type Holiday } from "../../calendar/holidays.js";

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
  /** Skipped live sessions: nobody attends them, so they are listed on their own. */
  lost: Array<{ day: string; id: string; reason: string }>;
  /** Why nothing is scheduled, when the range lies outside the plan's horizon. */
  note: string | null;
  /** As in the other documents' views: the printed page's running header names the community. */
  community: { name: string };
  /** Launch, contests, deadlines, reviews and blackouts: all-day items, by date. */
  dated: Array<{ day: string; kind: string; title: string; owner: string }>;
  /** Occurrences per pillar, channel, owner and week; null for an empty calendar. */
  balance: { count: number; sections: Array<{ heading: string; rows: Array<{ name: string; count: number; share: string }> }> } | null;
}

export function calendarView(calendar: Calendar, today: string, L: Labels): CalendarView {
  const W = L.calendar;
  const lang = L.locale.tag;
  const months = new Map<string, CalendarView["months"][number]>();
  for (const entry of calendar.entries) {
    const key = entry.date.slice(0, 7);
    const { year, month } = parseYmd(entry.date);
    if (!months.has(key)) months.set(key, { name: W.month(monthName(month, lang), year), rows: [] });
    months.get(key)?.rows.push(row(entry, calendar, L));
  }
  const count = calendar.entries.length;
  return {
    title: W.title(calendar.community, calendar.range.label),
    community: { name: calendar.community },
    summary: W.summary(calendar.range.from, calendar.range.to, count),
    today,
    months: [...months.keys()].sort().map((key) => months.get(key) as CalendarView["months"][number]),
    skipped: calendar.skipped.filter((s) => !s.lost).map((s) => ({ day: s.date, id: s.id, reason: blockReason(s, s.date, calendar, L) })),
    lost: calendar.skipped.filter((s) => s.lost).map((s) => ({ day: s.date, id: s.id, reason: blockReason(s, s.date, calendar, L) })),
    note: calendar.note === undefined ? null : calendar.note[0]!.toUpperCase() + calendar.note.slice(1) + ".",
    dated: calendar.dated.map((item) => datedRow(item, L)),
    balance: balanceView(calendar.entries, L),
  };
}

function datedRow(item: DatedItem, L: Labels): CalendarView["dated"][number] {
  const day = (date: string): string => `${weekdayName(WEEKDAYS[weekdayIndex(date)]!, L.locale.tag)} ${date}`;
  return {
    day: item.end === item.date ? day(item.date) : `${day(item.date)} – ${day(item.end)}`,
    kind: L.calendar.kinds[item.kind],
    // A holiday is named in the document's language; a deadline's detail is its target's metric,
    // named as the strategy document names it.
    title: L.calendar.datedTitle[item.role](
      item.holiday ? localHoliday(item.holiday, L) : (item.subject ?? ""),
      item.role === "deadline" && item.detail ? metricName(L, item.detail) : (item.detail ?? ""),
    ),
    owner: item.owner ?? EMPTY,
  };
}

/** A holiday's name in the document's language where the dataset has it, with its regions. */
function localHoliday(holiday: Holiday, L: Labels): string {
  return holidayLabel(holiday, holidayName(holiday, L.locale.tag));
}

/**
 * A blackout's reason as the plan words it; for a holiday, every holiday of that day in the
 * document's language (Norway's Constitution Day and Whit Monday share 17 May 2027).
 */
function blockReason(block: { reason: string; holiday: string | null }, date: string, calendar: Calendar, L: Labels): string {
  if (block.holiday === null) return block.reason;
  const names = [...calendar.holidays.values()].filter((holiday) => holiday.date === date).map((holiday) => localHoliday(holiday, L));
  return names.length === 0 ? block.reason : formatList(names, L.locale.tag);
}

function balanceView(entries: readonly CalendarEntry[], L: Labels): CalendarView["balance"] {
  if (entries.length === 0) return null;
  const W = L.calendar;
  const balance = calendarBalance(entries);
  const rows = (list: readonly BalanceRow[]) =>
    list.map((row) => ({ name: row.name ?? W.none, count: row.count, share: formatShare(row.count, entries.length, L.locale.tag) }));
  return {
    count: entries.length,
    sections: [
      { heading: W.balanceBy.pillar, rows: rows(balance.pillars) },
      { heading: W.balanceBy.channel, rows: rows(balance.channels) },
      { heading: W.balanceBy.owner, rows: rows(balance.owners) },
      { heading: W.balanceBy.week, rows: rows(balance.weeks) },
    ],
  };
}

function row(entry: CalendarEntry, calendar: Calendar, L: Labels): CalendarRow {
  const W = L.calendar;
  const lang = L.locale.tag;
  const notes: string[] = [];
  if (entry.moved !== null) notes.push(W.movedFrom(entry.moved.from, blockReason(entry.moved, entry.moved.from, calendar, L)));
  if (entry.dst === "nonexistent") notes.push(W.nonexistent(entry.plannedTime, entry.localTime));
  if (entry.dst === "ambiguous") notes.push(W.ambiguous(entry.plannedTime));
  // Only live sessions are attended at a time; an article published at 01:00 somewhere is fine.
  const outside = entry.live ? entry.audienceTimes.filter((t) => t.outside) : [];
  if (outside.length > 0) {
    notes.push(W.outside(outside.map((t) => `${t.timeZone} ${t.localTime}`).join(", ")));
  }
  const cell = (text: string | null | undefined): string => (text == null || text === "" ? EMPTY : text);
  return {
    day: `${weekdayName(WEEKDAYS[weekdayIndex(entry.date)]!, lang)} ${entry.date}`,
    // The compact form the plan writes (1h30m) keeps the table narrow.
    time: entry.duration ? `${entry.localTime} (${entry.duration})` : entry.localTime,
    timeZone: entry.timeZone,
    utc: entry.utc.slice(11, 16),
    title: cell(entry.title),
    topic: entry.topic ?? (entry.kind === "series" ? W.topicToBeDecided : EMPTY),
    draftDue: cell(entry.draftDue),
    channel: cell(entry.channelName),
    format: cell(enumLabel(L, "format", entry.format)),
    pillar: cell(entry.pillarName),
    owner: cell(entry.owner),
    audience: cell(entry.audience.join(", ")),
    recording: entry.recording ? W.yes : W.no,
    notes: cell(notes.join("; ")),
  };
}
