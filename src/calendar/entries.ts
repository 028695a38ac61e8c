// Expands a plan's series and events into dated calendar entries over a range.
import type { Plan } from "../plan/types.js";
import { audienceProfile, audienceTimes, audienceZones, LIVE_FORMATS, reasonableHours, type AudienceTime } from "./audience.js";
import { addDays, durationMinutes } from "../time/civil-date.js";
import type { DateRange } from "../time/date-range.js";
import { outsideHorizon } from "./horizon.js";
import { itemDates, itemTimeZone, planItems, type PlanItem } from "./plan-items.js";
import { formatOffset, isoUtc, resolveLocal, wallClock, type DstFlag } from "../time/zoned-time.js";
import { compareStrings } from "../util/compare.js";
import { slugify } from "../util/slug.js";
import { datedItems, type DatedItem } from "./dated-items.js";
import { dayPolicy, mayBlock, MAX_SHIFT_DAYS, resolveDate, type DayBlock } from "./day-policy.js";
import { holidayRegions, holidaysOn, type Holiday } from "./holidays.js";
import { withinHorizon } from "./horizon.js";

export interface CalendarEntry {
  kind: "series" | "event";
  id: string;
  /** The scheduled local date, in the entry's own time zone. */
  date: string;
  /** The local time the plan asks for. */
  plannedTime: string;
  /** The local time it really happens; differs from plannedTime only in a DST gap. */
  localTime: string;
  timeZone: string;
  /** "+01:00": the zone's UTC offset at that moment. */
  utcOffset: string;
  /** "2027-01-07T16:00:00Z". */
  utc: string;
  epochMs: number;
  dst: DstFlag;
  title: string;
  /** The series' or event's description from the plan, or null. */
  description: string | null;
  /** This occurrence's working title from the series' `topics`; null when none is left (to be decided) and for events. */
  topic: string | null;
  /** `prepare` as written ("3d", "1w"), or null. */
  prepare: string | null;
  /** The local date the draft is due: the start minus `prepare`, in the item's zone; null without `prepare`. */
  draftDue: string | null;
  channel: string;
  channelName: string;
  format: string;
  live: boolean;
  pillar: string | null;
  pillarName: string | null;
  owner: string | null;
  audience: string[];
  languages: string[];
  recording: boolean;
  /** As written in the plan ("1h30m"), or null. */
  duration: string | null;
  durationMinutes: number;
  location: string | null;
  audienceTimes: AudienceTime[];
  /** Set when a holiday or blackout moved it (`onHoliday`): the date the cadence gave and why. */
  moved: Moved | null;
}

export interface Moved {
  from: string;
  /** In English, as the machine formats write it. */
  reason: string;
  /** The holiday's id (a key of Calendar.holidays); null for a blackout. */
  holiday: string | null;
}

type MovedFrom = { from: string; block: DayBlock };

export interface SkippedDate {
  kind: "series" | "event";
  id: string;
  date: string;
  reason: string;
  /** A live session (the formats live-session-hours checks) that nobody gets back: listed as lost. */
  lost: boolean;
  /** The holiday's id (a key of Calendar.holidays); null for a blackout. */
  holiday: string | null;
}

export interface Calendar {
  range: DateRange;
  community: string;
  /** `community.id`, else the slug of the name: the stable part of ICS UIDs. */
  communityId: string;
  entries: CalendarEntry[];
  /** Dates the cadence hit but a blackout removed, so nobody wonders where they went. */
  skipped: SkippedDate[];
  /** Launch, contests, deadlines, reviews and blackouts overlapping the range: all-day items. */
  dated: DatedItem[];
  /** The holidays that moved or skipped an occurrence, by id: documents name them in their language. */
  holidays: ReadonlyMap<string, Holiday>;
  /** Why the calendar is empty when the range lies wholly outside the plan's horizon. */
  note?: string;
}

export function buildCalendar(plan: Plan, range: DateRange): Calendar {
  const entries: CalendarEntry[] = [];
  const skipped: SkippedDate[] = [];
  for (const entry of planItems(plan)) {
    const occurrences = itemOccurrences(plan, entry, range.from, range.to);
    entries.push(...occurrences.entries);
    skipped.push(...occurrences.skipped);
  }
  return assembleCalendar(plan, range, entries, skipped);
}

/** The calendar of these entries and skipped dates: sorted, with the note for a range outside the horizon. */
export function assembleCalendar(plan: Plan, range: DateRange, entries: CalendarEntry[], skipped: SkippedDate[]): Calendar {
  entries.sort((a, b) => a.epochMs - b.epochMs || compareStrings(a.kind, b.kind) || compareStrings(a.id, b.id));
  skipped.sort((a, b) => compareStrings(a.date, b.date) || compareStrings(a.id, b.id));
  const outside = outsideHorizon(plan, range);
  const note = outside === undefined ? undefined : `nothing is scheduled: ${outside}`;
  const dated = datedItems(plan, range.from, range.to);
  const holidays = blockingHolidays(plan, entries, skipped);
  return { range, community: plan.community.name, communityId: communityId(plan), entries, skipped, dated, holidays, ...(note === undefined ? {} : { note }) };
}

function blockingHolidays(plan: Plan, entries: readonly CalendarEntry[], skipped: readonly SkippedDate[]): ReadonlyMap<string, Holiday> {
  const holidays = new Map<string, Holiday>();
  if (holidayRegions(plan).length === 0) return holidays;
  const dates = [...entries.flatMap((entry) => (entry.moved?.holiday ? [entry.moved.from] : [])), ...skipped.filter((s) => s.holiday !== null).map((s) => s.date)];
  for (const date of dates) for (const holiday of holidaysOn(plan, date)) holidays.set(holiday.id, holiday);
  return holidays;
}

/** The id calendar apps know the community by: `community.id`, else the slug of its name. */
export function communityId(plan: Plan): string {
  return plan.community.id ?? slugify(plan.community.name);
}

/** One item's entries and skipped dates in [from, to], in date order (a moved entry by its new date). */
export function itemOccurrences(plan: Plan, entry: PlanItem, from: string, to: string): { entries: CalendarEntry[]; skipped: SkippedDate[] } {
  const timeZone = itemTimeZone(plan, entry);
  const entries: CalendarEntry[] = [];
  const skipped: SkippedDate[] = [];
  const topics = entry.kind === "series" ? (entry.item.topics ?? []) : [];
  const live = LIVE_FORMATS.has(entry.item.format);
  // A move may bring an occurrence in from just outside the range, or take one out of it.
  const margin = mayBlock(plan) && dayPolicy(entry) !== "skip" ? MAX_SHIFT_DAYS : 0;
  const wideFrom = margin === 0 ? from : addDays(from, -margin);
  const dates = itemDates(plan, entry, wideFrom, margin === 0 ? to : addDays(to, margin));
  let topicIndex = topics.length > 0 ? topicsBefore(plan, entry, wideFrom) : 0;
  if (!mayBlock(plan)) {
    for (const date of dates) entries.push(toEntry(plan, entry, date, timeZone, topics[topicIndex++] ?? null, null));
    return { entries, skipped };
  }
  const ruleDates = new Set(dates);
  const inBounds = (date: string): boolean => withinItemBounds(plan, entry, date);
  for (const date of dates) {
    const resolved = resolveDate(plan, entry, date, ruleDates, inBounds);
    if ("skipped" in resolved) {
      if (date >= from && date <= to) skipped.push({ kind: entry.kind, id: entry.item.id, date, reason: resolved.skipped.reason, lost: live, holiday: resolved.skipped.holiday });
      continue;
    }
    const topic = topics[topicIndex++] ?? null;
    if (resolved.date >= from && resolved.date <= to) entries.push(toEntry(plan, entry, resolved.date, timeZone, topic, resolved.moved));
  }
  return { entries, skipped };
}

/** Whether a moved occurrence may land on `date`: inside the horizon and the series' own start and end. */
function withinItemBounds(plan: Plan, entry: PlanItem, date: string): boolean {
  if (withinHorizon(plan, date, date) === undefined) return false;
  if (entry.kind === "event") return true;
  return (entry.item.start === undefined || date >= entry.item.start) && (entry.item.end === undefined || date <= entry.item.end);
}

/**
 * How many topics occurrences before `from` have used: topics count from the series' start (else
 * the horizon's start) over the dates not skipped, so a quarter's first post takes the
 * right one whatever range is asked for. Without either start, counting starts at `from`.
 */
function topicsBefore(plan: Plan, entry: PlanItem, from: string): number {
  const anchor = entry.kind === "series" ? (entry.item.start ?? plan.horizon?.start) : undefined;
  if (anchor === undefined || anchor >= from) return 0;
  if (!mayBlock(plan)) return itemDates(plan, entry, anchor, addDays(from, -1)).length;
  // The cadence's dates a week past `from` too: a move before it must not land on one of them.
  const dates = itemDates(plan, entry, anchor, addDays(from, MAX_SHIFT_DAYS));
  const ruleDates = new Set(dates);
  const inBounds = (date: string): boolean => withinItemBounds(plan, entry, date);
  return dates.filter((date) => date < from && !("skipped" in resolveDate(plan, entry, date, ruleDates, inBounds))).length;
}

function toEntry(plan: Plan, entry: PlanItem, date: string, timeZone: string, topic: string | null, moved: MovedFrom | null): CalendarEntry {
  const { item } = entry;
  const instant = resolveLocal(date, item.localTime, timeZone);
  const minutes = item.duration ? durationMinutes(item.duration) : 0;
  const hours = reasonableHours(plan);
  const { zoneHours } = audienceProfile(plan, item.audience, hours);
  const channel = plan.channels.find((c) => c.id === item.channel);
  const pillar = item.pillar ? plan.content?.pillars?.find((p) => p.id === item.pillar) : undefined;
  return {
    kind: entry.kind,
    id: item.id,
    date,
    plannedTime: item.localTime,
    localTime: instant.localTime,
    timeZone,
    utcOffset: formatOffset(instant.offsetMinutes),
    utc: isoUtc(instant.epochMs),
    epochMs: instant.epochMs,
    dst: instant.dst,
    title: item.title,
    description: item.description ?? null,
    topic,
    prepare: item.prepare ?? null,
    draftDue: item.prepare ? wallClock(timeZone, instant.epochMs - durationMinutes(item.prepare) * 60_000).date : null,
    channel: item.channel,
    channelName: channel?.name ?? item.channel,
    format: item.format,
    live: LIVE_FORMATS.has(item.format),
    pillar: item.pillar ?? null,
    pillarName: pillar?.name ?? item.pillar ?? null,
    owner: item.owner ?? null,
    audience: [...(item.audience ?? [])],
    languages: [...(item.languages ?? plan.community.languages)],
    recording: item.recording === true,
    duration: item.duration ?? null,
    durationMinutes: minutes,
    location: entry.kind === "event" ? (entry.item.location ?? null) : null,
    moved: moved === null ? null : { from: moved.from, reason: moved.block.reason, holiday: moved.block.holiday },
    audienceTimes: audienceTimes(instant.epochMs, minutes, audienceZones(plan, item.audience), (zone) => zoneHours[zone] ?? hours),
  };
}
