// An RFC 5545 calendar written by hand: the format is small, and writing it ourselves keeps the
// process's TZ out of it (a plain Date takes that zone) and the Node 20 support (ical-generator 11
// needs Node 22). Same plan, same --today and same earlier export give the same bytes.
//
// By default each series is one VEVENT with an RRULE over the series' whole window (EXDATE for
// skipped dates, a RECURRENCE-ID override for each occurrence that differs from the rule), so a
// calendar app that imports or subscribes again updates the series instead of duplicating it.
// `expand` writes one VEVENT per occurrence in the requested range instead.
import type { Calendar, CalendarEntry } from "../../calendar/entries.js";
import type { DatedItem } from "../../calendar/dated-items.js";
import { addDays } from "../../time/civil-date.js";
import type { Schedule, ScheduledItem } from "../../calendar/schedule.js";
import { escapeText, icsDuration, icsLocal, toIcsText } from "./ics-text.js";
import { entryStatus } from "../../calendar/status.js";
import { vtimezoneLines } from "./vtimezone.js";
import { wallClock } from "../../time/zoned-time.js";
import { durationMinutes } from "../../time/civil-date.js";
import { contentHash, HASH_PROPERTY, stampFor, type PreviousItem } from "./ics-previous.js";
import { rrule } from "./ics-rrule.js";

export interface IcsOptions {
  /** YYYY-MM-DD; DTSTAMP is midnight UTC of this day, never the clock, so output is reproducible. */
  today: string;
  /** The series' whole schedule: one VEVENT per series. Without it, one VEVENT per occurrence. */
  schedule?: Schedule;
  /** UID → what an earlier export of the same file wrote. */
  previous?: ReadonlyMap<string, PreviousItem>;
}

/** Items without a duration (an article, a newsletter) still need a block in a calendar app. */
export const DEFAULT_ICS_MINUTES = 30;

/** One calendar item: its UID and its components' content lines (no BEGIN/END, UID or stamps). */
interface IcsItem {
  uid: string;
  components: string[][];
}

export function writeIcs(calendar: Calendar, options: IcsOptions): string {
  const { schedule } = options;
  const domain = `${calendar.communityId}.community-plan`;
  const items = schedule ? schedule.items.map((item) => scheduledItem(item, domain)) : calendar.entries.map((entry) => occurrenceItem(entry, domain));
  items.push(...(schedule?.dated ?? calendar.dated).map((item) => allDayItem(item, domain)));
  const zones = [...new Set(schedule ? schedule.items.map((item) => item.timeZone) : calendar.entries.map((entry) => entry.timeZone))].sort();
  const span = schedule?.span ?? calendar.range;
  // A subscribed calendar is the community's, not one quarter's.
  const name = schedule ? `${calendar.community} content calendar` : `${calendar.community} content calendar ${calendar.range.label}`;
  const lines = [
    "BEGIN:VCALENDAR",
    "VERSION:2.0",
    "PRODID:-//community-plan//Content calendar//EN",
    "CALSCALE:GREGORIAN",
    "METHOD:PUBLISH",
    `X-WR-CALNAME:${escapeText(name)}`,
  ];
  for (const zone of zones) lines.push(...vtimezoneLines(zone, span.from, span.to));
  const todayStamp = `${options.today.replace(/-/g, "")}T000000Z`;
  for (const item of items) lines.push(...stampedLines(item, todayStamp, options.previous));
  lines.push("END:VCALENDAR");
  return toIcsText(lines);
}

function stampedLines(item: IcsItem, todayStamp: string, previous: ReadonlyMap<string, PreviousItem> | undefined): string[] {
  const hash = contentHash(item.components.flat());
  const stamp = stampFor(previous?.get(item.uid), hash, todayStamp);
  const lines: string[] = [];
  item.components.forEach((component, index) => {
    lines.push("BEGIN:VEVENT", `UID:${item.uid}`, `DTSTAMP:${todayStamp}`, `SEQUENCE:${stamp.sequence}`);
    if (stamp.lastModified !== null) lines.push(`LAST-MODIFIED:${stamp.lastModified}`);
    if (index === 0) lines.push(`${HASH_PROPERTY}:${hash}`);
    lines.push(...component, "END:VEVENT");
  });
  return lines;
}

/** Stable across runs and ranges: the community, the item's kind and id (and, expanded, the date). */
export function itemUid(kind: string, id: string, domain: string, date?: string): string {
  return `${kind}-${id}${date === undefined ? "" : `-${date.replace(/-/g, "")}`}@${domain}`;
}

function occurrenceItem(entry: CalendarEntry, domain: string): IcsItem {
  return { uid: itemUid(entry.kind, entry.id, domain, entry.date), components: [occurrenceLines(entry)] };
}

function scheduledItem(item: ScheduledItem, domain: string): IcsItem {
  const uid = itemUid(item.kind, item.id, domain);
  const series = item.series;
  if (series === null) return { uid, components: item.entries.map(occurrenceLines) };
  const first = item.entries[0]!;
  const master = [
    `DTSTART;TZID=${item.timeZone}:${icsLocal(item.ruleDates[0]!, series.localTime)}`,
    rrule(series.cadence, item.ruleDates.length),
  ];
  if (item.skipped.length > 0) {
    master.push(`EXDATE;TZID=${item.timeZone}:${item.skipped.map((s) => icsLocal(s.date, series.localTime)).join(",")}`);
  }
  master.push(...commonLines(first, seriesDescription(first)), ...alarmLines(first));
  // An occurrence differs from the rule when its clock moves or it has its own topic.
  const overrides = item.entries
    .filter((entry) => entry.dst !== "ok" || entry.topic !== null || entry.moved !== null)
    .map((entry) => [`RECURRENCE-ID;TZID=${item.timeZone}:${icsLocal(entry.moved?.from ?? entry.date, entry.plannedTime)}`, ...occurrenceLines(entry)]);
  return { uid, components: [master, ...overrides] };
}

/**
 * Launch, contests, deadlines, reviews and blackouts: all-day (VALUE=DATE, DTEND the day after the
 * last) and transparent, since a date to keep in mind blocks nobody's time. Their UIDs carry no
 * date beyond what identifies them, so a moved deadline updates its event.
 */
function allDayItem(item: DatedItem, domain: string): IcsItem {
  const lines = [
    `DTSTART;VALUE=DATE:${item.date.replace(/-/g, "")}`,
    `DTEND;VALUE=DATE:${addDays(item.end, 1).replace(/-/g, "")}`,
    `SUMMARY:${escapeText(item.title)}`,
    ...(item.owner === null ? [] : [`DESCRIPTION:${escapeText(`Owner: ${item.owner}`)}`]),
    `CATEGORIES:${item.kind}`,
    "TRANSP:TRANSPARENT",
  ];
  return { uid: itemUid(item.kind, item.id, domain), components: [lines] };
}

function occurrenceLines(entry: CalendarEntry): string[] {
  const lines = [dtstart(entry), ...commonLines(entry, occurrenceDescription(entry))];
  if (entry.dst !== "ok") lines.push(`X-COMMUNITY-PLAN-DST:${entry.dst.toUpperCase()}`);
  // A DTSTART in UTC names no zone; tools that show the planned local day need it.
  if (entry.dst === "ambiguous") lines.push(`X-COMMUNITY-PLAN-TZID:${entry.timeZone}`);
  lines.push(...alarmLines(entry));
  return lines;
}

/**
 * The draft-due date as a reminder `prepare` before the start (a VALARM, not a separate all-day
 * item): it moves with the occurrence, and apps that ignore alarms lose nothing else.
 */
function alarmLines(entry: CalendarEntry): string[] {
  if (entry.prepare === null) return [];
  return [
    "BEGIN:VALARM",
    "ACTION:DISPLAY",
    `DESCRIPTION:${escapeText(`Draft due: ${entry.title}`)}`,
    `TRIGGER:-${icsDuration(durationMinutes(entry.prepare))}`,
    "END:VALARM",
  ];
}

/** What every component says about its item; live formats block time, published ones do not. */
function commonLines(entry: CalendarEntry, description: string): string[] {
  return [
    `DURATION:${icsDuration(entry.durationMinutes || DEFAULT_ICS_MINUTES)}`,
    `SUMMARY:${escapeText(entry.title)}`,
    `DESCRIPTION:${escapeText(description)}`,
    `LOCATION:${escapeText(entry.location ?? entry.channelName)}`,
    `CATEGORIES:${[entry.format, entry.pillar].filter((c): c is string => c !== null).map(escapeText).join(",")}`,
    `TRANSP:${entry.live ? "OPAQUE" : "TRANSPARENT"}`,
  ];
}

/**
 * The zone's real wall-clock time: in a DST gap that is the moved time, so no importer guesses.
 * An ambiguous time is written in UTC instead: RFC 5545 says the first occurrence, but not every
 * reader agrees (ical.js takes the second), and an instant cannot be misread.
 */
function dtstart(entry: CalendarEntry): string {
  if (entry.dst === "ambiguous") return `DTSTART:${entry.utc.replace(/[-:]/g, "")}`;
  const wall = wallClock(entry.timeZone, entry.epochMs);
  return `DTSTART;TZID=${entry.timeZone}:${icsLocal(wall.date, wall.time)}`;
}

/** What holds for every occurrence of a series: no dates, no per-occurrence local times. */
function seriesDescription(entry: CalendarEntry): string {
  return describe(entry, [entry.prepare === null ? undefined : `Draft due: ${entry.prepare} before`]);
}

function occurrenceDescription(entry: CalendarEntry): string {
  return describe(entry, [
    entry.topic === null ? undefined : `Topic: ${entry.topic}`,
    entry.draftDue === null ? undefined : `Draft due: ${entry.draftDue}`,
    ...entry.audienceTimes.map(
      (t) => `${t.timeZone}: ${t.localDate} ${t.localTime}${entry.live && t.outside ? " (outside reasonable hours)" : ""}`,
    ),
    entry.dst !== "ok" || entry.moved !== null ? `Note: ${entryStatus(entry)}` : undefined,
  ]);
}

function describe(entry: CalendarEntry, extra: ReadonlyArray<string | undefined>): string {
  const lines = [
    entry.description ?? undefined,
    `Format: ${entry.format}`,
    `Channel: ${entry.channelName}`,
    entry.pillarName ? `Pillar: ${entry.pillarName}` : undefined,
    entry.owner ? `Owner: ${entry.owner}` : undefined,
    entry.audience.length > 0 ? `Audience: ${entry.audience.join(", ")}` : undefined,
    `Languages: ${entry.languages.join(", ")}`,
    `Recording: ${entry.recording ? "yes" : "no"}`,
    ...extra,
  ];
  return lines.filter((line): line is string => line !== undefined).join("\n");
}
