// The recurring ICS export against the calendar's own expansion: ical.js expanding the ICS within
// the requested range must give exactly the occurrences of `--format json`, DST days included.
import { readFileSync } from "node:fs";
import path from "node:path";
import { describe, expect, it } from "vitest";
import { buildCalendar, type Calendar } from "../../src/calendar/entries.js";
import { buildSchedule, calendarFromSchedule } from "../../src/calendar/schedule.js";
import { toDayNumber } from "../../src/time/civil-date.js";
import { quarterRange, type DateRange } from "../../src/time/date-range.js";
import { writeIcs } from "../../src/outputs/calendar/ics.js";
import type { Plan } from "../../src/plan/types.js";
import { repoRoot } from "../helpers/run-cli.js";
import { expandIcs } from "./ics-expand.js";
import { persona, plan, toPlan } from "./fixtures.js";
import { loadHolidays } from "../../src/calendar/holidays.js";

const TODAY = "2026-11-24";

/** What JSON says happens in the range, in the shape the ICS expansion gives. */
function expected(calendar: Calendar): Array<{ uid: string; date: string; utc: string; durationSeconds: number; summary: string; transp: string }> {
  // All-day items (VALUE=DATE) float: ical.js reads them at UTC midnight. expandIcs keeps what
  // starts in the range; a blackout begun before it overlaps the range but starts outside.
  const allDay = calendar.dated
    .filter((item) => item.date >= calendar.range.from)
    .map((item) => ({
      uid: `${item.kind}-${item.id}@${calendar.communityId}.community-plan`,
      date: item.date,
      utc: `${item.date}T00:00:00Z`,
      durationSeconds: (toDayNumber(item.end) - toDayNumber(item.date) + 1) * 86_400,
      summary: item.title,
      transp: "TRANSPARENT",
    }));
  return [...calendar.entries
    .map((entry) => ({
      uid: `${entry.kind}-${entry.id}@${calendar.communityId}.community-plan`,
      date: entry.date,
      utc: entry.utc,
      durationSeconds: (entry.durationMinutes || 30) * 60,
      summary: entry.title,
      transp: entry.live ? "OPAQUE" : "TRANSPARENT",
    })), ...allDay]
    .sort((a, b) => a.utc.localeCompare(b.utc) || a.uid.localeCompare(b.uid));
}

function recurringIcs(p: Plan, range: DateRange): string {
  return writeIcs(buildCalendar(p, range), { today: TODAY, schedule: buildSchedule(p, range) });
}

function expectSameOccurrences(p: Plan, range: DateRange): number {
  const calendar = buildCalendar(p, range);
  // The command cuts the range's calendar from the schedule instead of expanding twice.
  expect(calendarFromSchedule(p, buildSchedule(p, range), range)).toEqual(calendar);
  const occurrences = expandIcs(recurringIcs(p, range), range.from, range.to);
  expect(occurrences).toEqual(expected(calendar));
  // The expanded form (one VEVENT per occurrence) says the same, with dated UIDs.
  const expanded = expandIcs(writeIcs(calendar, { today: TODAY }), range.from, range.to);
  expect(expanded.map((o) => ({ ...o, uid: o.uid.replace(/-\d{8}@/, "@") }))).toEqual(expected(calendar));
  return occurrences.length;
}

const EXAMPLES = ["dev-community", "dutch-brand", "global-gaming"];
const QUARTERS = [quarterRange(2027, 1), quarterRange(2027, 2), quarterRange(2027, 3), quarterRange(2027, 4), { from: "2027-03-20", to: "2027-04-05", label: "DST week" }];

describe("ical.js expanding the recurring ICS gives exactly the JSON occurrences", () => {
  for (const name of EXAMPLES) {
    it(`examples/${name}.yaml, every quarter of 2027 and the spring DST weeks`, async () => {
      const p = toPlan(readFileSync(path.join(repoRoot, "examples", `${name}.yaml`), "utf8"));
      await loadHolidays(p);
      const counts = QUARTERS.map((range) => expectSameOccurrences(p, range));
      expect(counts.some((count) => count > 0)).toBe(true);
    });
  }

  // The minimal plan's horizon is 2027. Two zones whose clocks change on different dates, a southern zone, a 02:30 that does not exist
  // (spring) and one that happens twice (autumn), a blackout, a fortnightly and two monthly rules.
  const dst = plan({
    personas: persona("member", ["Europe/Amsterdam", "America/New_York", "Australia/Sydney"]),
    content: `  blackouts:
    - from: 2027-03-21
      to: 2027-03-23
      reason: Spring break
    - from: 2027-10-27
  series:
    - id: night-post
      title: Night post
      channel: forum
      format: article
      cadence: { every: week, weekdays: [sun, wed] }
      localTime: "02:30"
      timeZone: Europe/Amsterdam
    - id: ny-live
      title: New York live
      channel: forum
      format: live-qa
      cadence: { every: week, interval: 2, weekdays: [sun] }
      localTime: "01:30"
      timeZone: America/New_York
      duration: 1h
      start: 2027-02-14
    - id: sydney-monthly
      title: Sydney monthly
      channel: forum
      format: webinar
      cadence: { every: month, nth: 1, weekday: sun }
      localTime: "02:30"
      timeZone: Australia/Sydney
      duration: 45m
    - id: month-end
      title: Month end
      channel: forum
      format: newsletter
      cadence: { every: month, day: -1 }
      localTime: "09:00"
      end: 2027-11-15
  events:
    - id: gap-event
      title: Gap event
      date: 2027-03-28
      localTime: "02:30"
      timeZone: Europe/Amsterdam
      channel: forum
      format: workshop
`,
  });

  for (const range of [
    { from: "2027-02-15", to: "2027-05-15", label: "spring quarter" },
    { from: "2027-09-15", to: "2027-12-15", label: "autumn quarter" },
  ]) {
    it(`two zones' DST changes, gaps and doubled hours: ${range.label}`, () => {
      const calendar = buildCalendar(dst, range);
      expect(new Set(calendar.entries.map((e) => e.dst))).toEqual(new Set(["ok", "nonexistent", "ambiguous"]));
      expect(calendar.skipped.length).toBeGreaterThan(0);
      expectSameOccurrences(dst, range);
    });
  }

  // Public holidays (NL: Easter Monday 2027-03-29, the day after the spring change; King's Day
  // 2027-04-27) with each policy, and a blackout that stops only live formats.
  const holidays = plan({
    personas: persona("member", ["Europe/Amsterdam"]),
    content: `  holidays: [NL, DE-BY]
  blackouts:
    - from: 2027-04-12
      to: 2027-04-13
      reason: Team offsite
      stops: [live-qa]
  series:
    - id: monday-live
      title: Monday live
      channel: forum
      format: live-qa
      cadence: { every: week, weekdays: [mon] }
      localTime: "18:00"
      duration: 1h
      onHoliday: next-day
      topics: [One, Two, Three, Four, Five, Six]
    - id: tuesday-post
      title: Tuesday post
      channel: forum
      format: article
      cadence: { every: week, weekdays: [tue] }
      localTime: "09:00"
      onHoliday: previous-day
    - id: monday-skip
      title: Monday skip
      channel: forum
      format: workshop
      cadence: { every: week, weekdays: [mon] }
      localTime: "20:00"
      duration: 1h
`,
  });

  it("holidays and blackouts with each policy, across the spring DST change", async () => {
    await loadHolidays(holidays);
    const range = { from: "2027-03-01", to: "2027-05-31", label: "spring" };
    const calendar = buildCalendar(holidays, range);
    expect(calendar.entries.filter((e) => e.moved !== null).length).toBeGreaterThan(0);
    expect(calendar.skipped.some((s) => s.lost)).toBe(true);
    expectSameOccurrences(holidays, range);
    expectSameOccurrences(holidays, { from: "2027-03-30", to: "2027-04-30", label: "cut" });
  });

  it("exports of two quarters of a plan with a horizon are the same calendar", () => {
    expect(recurringIcs(dst, quarterRange(2027, 1))).toBe(recurringIcs(dst, quarterRange(2027, 3)));
  });

  it("writes one VEVENT per series with RRULE, EXDATE and a RECURRENCE-ID override where the clock moves", () => {
    const text = recurringIcs(dst, quarterRange(2027, 1)).replace(/\r\n /g, "");
    const night = text.slice(text.indexOf("UID:series-night-post@"), text.indexOf("UID:series-ny-live@"));
    expect(night).toContain("DTSTART;TZID=Europe/Amsterdam:20270103T023000\r\nRRULE:FREQ=WEEKLY;BYDAY=WE,SU;WKST=MO;COUNT=104\r\n");
    expect(night).toContain("EXDATE;TZID=Europe/Amsterdam:20270321T023000,20271027T023000\r\n");
    expect(night).toContain("RECURRENCE-ID;TZID=Europe/Amsterdam:20270328T023000\r\nDTSTART;TZID=Europe/Amsterdam:20270328T033000\r\n");
    expect(night).toContain("TRANSP:TRANSPARENT");
    expect(text).toContain("RRULE:FREQ=WEEKLY;INTERVAL=2;BYDAY=SU;WKST=MO;COUNT=");
    expect(text).toContain("RRULE:FREQ=MONTHLY;BYDAY=1SU;COUNT=12\r\n");
    expect(text).toContain("RRULE:FREQ=MONTHLY;BYMONTHDAY=-1;COUNT=10\r\n");
    expect(text.match(/^UID:series-night-post@test-community\.community-plan\r$/gm)?.length).toBeGreaterThan(1);
  });
});
