import { describe, expect, it } from "vitest";
import { buildCalendar } from "../../src/calendar/entries.js";
import { quarterRange } from "../../src/time/date-range.js";
import { InputError } from "../../src/core/errors.js";
import { persona, plan } from "./fixtures.js";

const personas = persona("member", ["Europe/Amsterdam"]) + persona("far", ["America/New_York", "Australia/Sydney"]);

describe("buildCalendar", () => {
  it("keeps 17:00 Amsterdam at 17:00 across both DST changes, and follows the audience's own changes", () => {
    const p = plan({
      personas,
      content: `  series:
    - id: office-hours
      title: Office hours
      channel: forum
      format: live-qa
      cadence: { every: week, weekdays: [thu] }
      localTime: "17:00"
      timeZone: Europe/Amsterdam
      duration: 1h
      audience: [far]
      start: 2027-03-11
      end: 2027-04-08
`,
    });
    const calendar = buildCalendar(p, quarterRange(2027, 1));
    // The series ends inside Q1's range only by the quarter; it starts inside it.
    expect(calendar.entries.map((e) => [e.date, e.localTime, e.utc, e.utcOffset])).toEqual([
      ["2027-03-11", "17:00", "2027-03-11T16:00:00Z", "+01:00"],
      ["2027-03-18", "17:00", "2027-03-18T16:00:00Z", "+01:00"],
      ["2027-03-25", "17:00", "2027-03-25T16:00:00Z", "+01:00"],
    ]);
    const q2 = buildCalendar(p, quarterRange(2027, 2));
    expect(q2.entries.map((e) => [e.date, e.utc])).toEqual([
      ["2027-04-01", "2027-04-01T15:00:00Z"],
      ["2027-04-08", "2027-04-08T15:00:00Z"],
    ]);
    const times = [...calendar.entries, ...q2.entries].map((e) =>
      e.audienceTimes.map((t) => `${t.timeZone} ${t.localDate} ${t.localTime}${t.outside ? " outside" : ""}`),
    );
    expect(times).toEqual([
      ["America/New_York 2027-03-11 11:00", "Australia/Sydney 2027-03-12 03:00 outside"],
      ["America/New_York 2027-03-18 12:00", "Australia/Sydney 2027-03-19 03:00 outside"],
      ["America/New_York 2027-03-25 12:00", "Australia/Sydney 2027-03-26 03:00 outside"],
      ["America/New_York 2027-04-01 11:00", "Australia/Sydney 2027-04-02 02:00 outside"],
      ["America/New_York 2027-04-08 11:00", "Australia/Sydney 2027-04-09 01:00 outside"],
    ]);
  });

  it("flags a time in the spring-forward gap and an ambiguous autumn time instead of shifting silently", () => {
    const p = plan({
      content: `  series:
    - id: night-digest
      title: Night digest
      channel: forum
      format: newsletter
      cadence: { every: month, nth: -1, weekday: sun }
      localTime: "02:30"
`,
    });
    const entries = buildCalendar(p, { from: "2027-03-01", to: "2027-10-31", label: "x" }).entries;
    const flagged = entries.filter((e) => e.dst !== "ok").map((e) => [e.date, e.plannedTime, e.localTime, e.utc, e.dst]);
    expect(flagged).toEqual([
      ["2027-03-28", "02:30", "03:30", "2027-03-28T01:30:00Z", "nonexistent"],
      ["2027-10-31", "02:30", "02:30", "2027-10-31T00:30:00Z", "ambiguous"],
    ]);
    expect(entries).toHaveLength(8);
  });

  it("skips blackout dates and says so; events follow blackouts too", () => {
    const p = plan({
      content: `  series:
    - id: daily
      title: Daily tip
      channel: forum
      format: article
      cadence: { every: week, weekdays: [mon, tue, wed, thu, fri, sat, sun] }
      localTime: "09:00"
  events:
    - id: party
      title: New year party
      date: 2027-12-31
      localTime: "20:00"
      channel: forum
      format: meetup
  blackouts:
    - from: 2027-12-24
      to: 2027-12-26
      reason: Christmas
    - from: 2027-12-31
`,
    });
    // Into 2028: nothing is scheduled outside the horizon, so it reaches that far here.
    p.horizon = { start: "2027-01-01", end: "2028-12-31" };
    const calendar = buildCalendar(p, { from: "2027-12-23", to: "2028-01-01", label: "x" });
    expect(calendar.entries.map((e) => `${e.date} ${e.id}`)).toEqual([
      "2027-12-23 daily",
      "2027-12-27 daily",
      "2027-12-28 daily",
      "2027-12-29 daily",
      "2027-12-30 daily",
      "2028-01-01 daily",
    ]);
    expect(calendar.skipped.map((s) => `${s.date} ${s.id} ${s.reason}`)).toEqual([
      "2027-12-24 daily Christmas",
      "2027-12-25 daily Christmas",
      "2027-12-26 daily Christmas",
      "2027-12-31 daily blackout 2027-12-31",
      "2027-12-31 party blackout 2027-12-31",
    ]);
  });

  it("places items by their local date at quarter and year boundaries, sorted by instant", () => {
    const p = plan({
      content: `  events:
    - id: west-coast
      title: West coast late show
      date: 2027-12-31
      localTime: "23:30"
      timeZone: America/Los_Angeles
      channel: forum
      format: livestream
    - id: tokyo
      title: Tokyo breakfast
      date: 2028-01-01
      localTime: "09:00"
      timeZone: Asia/Tokyo
      channel: forum
      format: meetup
    - id: kolkata
      title: Kolkata evening
      date: 2028-01-01
      localTime: "19:30"
      timeZone: Asia/Kolkata
      channel: forum
      format: webinar
`,
    });
    // Into 2028: nothing is scheduled outside the horizon, so it reaches that far here.
    p.horizon = { start: "2027-01-01", end: "2028-12-31" };
    const q4 = buildCalendar(p, quarterRange(2027, 4));
    expect(q4.entries.map((e) => `${e.id} ${e.date} ${e.utc}`)).toEqual(["west-coast 2027-12-31 2028-01-01T07:30:00Z"]);
    const q1 = buildCalendar(p, quarterRange(2028, 1));
    expect(q1.entries.map((e) => `${e.id} ${e.date} ${e.utc}`)).toEqual([
      "tokyo 2028-01-01 2028-01-01T00:00:00Z",
      "kolkata 2028-01-01 2028-01-01T14:00:00Z",
    ]);
  });

  it("carries the item's details, with the community's zone and languages as defaults", () => {
    const p = plan({
      content: `  pillars:
    - id: how-to
      name: How-to
  series:
    - id: leap
      title: Leap-day special
      channel: forum
      format: tutorial
      pillar: how-to
      cadence: { every: month, day: -1 }
      localTime: "12:00"
      audience: [member]
      owner: Sam
      recording: true
      duration: 45m
`,
    });
    // Into 2028: nothing is scheduled outside the horizon, so it reaches that far here.
    p.horizon = { start: "2027-01-01", end: "2028-12-31" };
    const [entry] = buildCalendar(p, { from: "2028-02-01", to: "2028-02-29", label: "x" }).entries;
    expect(entry).toMatchObject({
      kind: "series",
      id: "leap",
      date: "2028-02-29",
      localTime: "12:00",
      timeZone: "Europe/Amsterdam",
      utc: "2028-02-29T11:00:00Z",
      channel: "forum",
      channelName: "Forum",
      format: "tutorial",
      live: false,
      pillar: "how-to",
      pillarName: "How-to",
      owner: "Sam",
      audience: ["member"],
      languages: ["en"],
      recording: true,
      duration: "45m",
      durationMinutes: 45,
    });
  });

  it("stops on an unknown time zone, naming where it is", () => {
    const p = plan({
      content: `  events:
    - id: typo
      title: Typo
      date: 2027-01-05
      localTime: "10:00"
      timeZone: Europe/Amsterdm
      channel: forum
      format: webinar
`,
    });
    expect(() => buildCalendar(p, quarterRange(2027, 1))).toThrow(InputError);
    expect(() => buildCalendar(p, quarterRange(2027, 1))).toThrow('content.events[0].timeZone "Europe/Amsterdm" is not a known IANA time zone');
  });
});
