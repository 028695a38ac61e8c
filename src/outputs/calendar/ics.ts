// An RFC 5545 calendar written by hand: the format is small, and writing it ourselves keeps the
// process's TZ out of it (a plain Date takes that zone) and the Node 20 support (ical-generator 11
// needs Node 22). Same plan and same --today give the same bytes.
import type { Calendar, CalendarEntry } from "../../calendar/entries.js";
import { escapeText, icsDuration, icsLocal, toIcsText } from "./ics-text.js";
import { entryStatus } from "../../calendar/status.js";
import { vtimezoneLines } from "./vtimezone.js";
import { wallClock } from "../../time/zoned-time.js";
import { slugify } from "../../util/slug.js";

export interface IcsOptions {
  /** YYYY-MM-DD; DTSTAMP is midnight UTC of this day, never the clock, so output is reproducible. */
  today: string;
}

/** Items without a duration (an article, a newsletter) still need a block in a calendar app. */
export const DEFAULT_ICS_MINUTES = 30;

export function writeIcs(calendar: Calendar, options: IcsOptions): string {
  const domain = `${slugify(calendar.community)}.community-plan`;
  const zones = [...new Set(calendar.entries.map((entry) => entry.timeZone))].sort();
  const lines = [
    "BEGIN:VCALENDAR",
    "VERSION:2.0",
    "PRODID:-//community-plan//Content calendar//EN",
    "CALSCALE:GREGORIAN",
    "METHOD:PUBLISH",
    `X-WR-CALNAME:${escapeText(`${calendar.community} content calendar ${calendar.range.label}`)}`,
  ];
  for (const zone of zones) lines.push(...vtimezoneLines(zone, calendar.range.from, calendar.range.to));
  const dtstamp = `${options.today.replace(/-/g, "")}T000000Z`;
  for (const entry of calendar.entries) lines.push(...eventLines(entry, domain, dtstamp));
  lines.push("END:VCALENDAR");
  return toIcsText(lines);
}

/** Stable across runs: the item's kind and id and its scheduled date identify an occurrence. */
export function entryUid(entry: CalendarEntry, domain: string): string {
  return `${entry.kind}-${entry.id}-${entry.date.replace(/-/g, "")}@${domain}`;
}

function eventLines(entry: CalendarEntry, domain: string, dtstamp: string): string[] {
  const wall = wallClock(entry.timeZone, entry.epochMs);
  const lines = [
    "BEGIN:VEVENT",
    `UID:${entryUid(entry, domain)}`,
    `DTSTAMP:${dtstamp}`,
    dtstart(entry, wall),
    `DURATION:${icsDuration(entry.durationMinutes || DEFAULT_ICS_MINUTES)}`,
    `SUMMARY:${escapeText(entry.title)}`,
    `DESCRIPTION:${escapeText(description(entry))}`,
    `LOCATION:${escapeText(entry.location ?? entry.channelName)}`,
    `CATEGORIES:${[entry.format, entry.pillar].filter((c): c is string => c !== null).map(escapeText).join(",")}`,
  ];
  if (entry.dst !== "ok") lines.push(`X-COMMUNITY-PLAN-DST:${entry.dst.toUpperCase()}`);
  lines.push("END:VEVENT");
  return lines;
}

/**
 * The zone's real wall-clock time: in a DST gap that is the moved time, so no importer guesses.
 * An ambiguous time is written in UTC instead: RFC 5545 says the first occurrence, but not every
 * reader agrees (ical.js takes the second), and an instant cannot be misread.
 */
function dtstart(entry: CalendarEntry, wall: { date: string; time: string }): string {
  if (entry.dst === "ambiguous") return `DTSTART:${entry.utc.replace(/[-:]/g, "")}`;
  return `DTSTART;TZID=${entry.timeZone}:${icsLocal(wall.date, wall.time)}`;
}

function description(entry: CalendarEntry): string {
  const lines = [
    `Format: ${entry.format}`,
    `Channel: ${entry.channelName}`,
    entry.pillarName ? `Pillar: ${entry.pillarName}` : undefined,
    entry.owner ? `Owner: ${entry.owner}` : undefined,
    entry.audience.length > 0 ? `Audience: ${entry.audience.join(", ")}` : undefined,
    `Languages: ${entry.languages.join(", ")}`,
    `Recording: ${entry.recording ? "yes" : "no"}`,
    ...entry.audienceTimes.map(
      (t) => `${t.timeZone}: ${t.localDate} ${t.localTime}${entry.live && t.outside ? " (outside reasonable hours)" : ""}`,
    ),
    entry.dst !== "ok" ? `Note: ${entryStatus(entry)}` : undefined,
  ];
  return lines.filter((line): line is string => line !== undefined).join("\n");
}

