import { describe, expect, it } from "vitest";
import { buildCalendar } from "../../src/calendar/entries.js";
import { keepKinds } from "../../src/calendar/kinds.js";
import { escapeText, foldLine, icsDuration } from "../../src/outputs/calendar/ics-text.js";
import { writeIcs } from "../../src/outputs/calendar/ics.js";
import { parseIcs } from "./ics-parse.js";
import { persona, plan, TIMED } from "./fixtures.js";

const TITLE = 'Q&A; café, "naïve" \\ questions — 🎉 with a title long enough to need folding in every line';

const p = plan({
  personas: persona("member", ["Europe/Amsterdam", "America/New_York"]) + persona("south", ["Australia/Sydney", "Asia/Kolkata"]),
  content: `  series:
    - id: office-hours
      title: Office hours
      channel: forum
      format: live-qa
      cadence: { every: week, weekdays: [thu] }
      localTime: "17:00"
      timeZone: Europe/Amsterdam
      duration: 1h30m
      audience: [member, south]
  events:
    - id: gap
      title: ${JSON.stringify(TITLE)}
      date: 2027-03-14
      localTime: "02:30"
      timeZone: America/New_York
      channel: forum
      format: livestream
      duration: 2d
    - id: sydney
      title: Sydney meetup
      date: 2027-04-04
      localTime: "02:30"
      timeZone: Australia/Sydney
      channel: forum
      format: meetup
      location: "Sydney, Level 3; room \\"A\\""
    - id: kolkata
      title: Kolkata webinar
      date: 2027-03-31
      localTime: "18:30"
      timeZone: Asia/Kolkata
      channel: forum
      format: webinar
`,
});
const calendar = keepKinds(buildCalendar(p, { from: "2027-03-01", to: "2027-04-10", label: "test" }), TIMED);
const text = writeIcs(calendar, { today: "2026-11-24" });

describe("ICS output read by ical.js", () => {
  const { events } = parseIcs(text);

  it("has one event per entry with the same instants, UIDs and durations", () => {
    expect(events.map((e) => [e.uid, new Date(e.startUtcMs).toISOString(), e.tzid, e.durationSeconds])).toEqual(
      calendar.entries.map((entry) => [
        `${entry.kind}-${entry.id}-${entry.date.replace(/-/g, "")}@test-community.community-plan`,
        new Date(entry.epochMs).toISOString(),
        entry.dst === "ambiguous" ? null : entry.timeZone,
        entry.durationMinutes * 60 || 1800,
      ]),
    );
  });

  it("matches the expected instants on both sides of each DST change", () => {
    const byUid = new Map(events.map((e) => [e.uid.split("@")[0], new Date(e.startUtcMs).toISOString()]));
    expect(Object.fromEntries(byUid)).toEqual({
      "series-office-hours-20270304": "2027-03-04T16:00:00.000Z",
      "series-office-hours-20270311": "2027-03-11T16:00:00.000Z",
      "event-gap-20270314": "2027-03-14T07:30:00.000Z",
      "series-office-hours-20270318": "2027-03-18T16:00:00.000Z",
      "series-office-hours-20270325": "2027-03-25T16:00:00.000Z",
      "event-kolkata-20270331": "2027-03-31T13:00:00.000Z",
      "series-office-hours-20270401": "2027-04-01T15:00:00.000Z",
      "event-sydney-20270404": "2027-04-03T15:30:00.000Z",
      "series-office-hours-20270408": "2027-04-08T15:00:00.000Z",
    });
  });

  it("round-trips escaped text", () => {
    const gap = events.find((e) => e.uid.startsWith("event-gap"));
    expect(gap?.summary).toBe(TITLE);
    expect(gap?.description).toContain("Note: moved: 02:30 does not exist (DST gap)");
  });
});

describe("ICS bytes", () => {
  const bytes = Buffer.from(text, "utf8");
  const physical = text.split("\r\n");

  it("ends every line with CRLF and has no bare LF or CR", () => {
    expect(text.endsWith("END:VCALENDAR\r\n")).toBe(true);
    expect(text.replace(/\r\n/g, "")).not.toMatch(/[\r\n]/);
  });

  it("folds at 75 octets without splitting a UTF-8 character", () => {
    expect(physical.some((line) => line.startsWith(" "))).toBe(true);
    for (const line of physical) {
      const lineBytes = Buffer.from(line, "utf8");
      expect(lineBytes.length).toBeLessThanOrEqual(75);
      // Decoding each physical line on its own fails if a multi-byte character was cut.
      expect(() => new TextDecoder("utf-8", { fatal: true }).decode(lineBytes)).not.toThrow();
    }
    expect(bytes.includes(Buffer.from("🎉"))).toBe(true);
  });

  it("escapes text values", () => {
    const unfolded = text.replace(/\r\n /g, "");
    expect(unfolded).toContain(`SUMMARY:Q&A\\; café\\, "naïve" \\\\ questions — 🎉 with a title long enough to need folding in every line\r\n`);
    expect(unfolded).toContain('LOCATION:Sydney\\, Level 3\\; room "A"\r\n');
    expect(unfolded).toMatch(/DESCRIPTION:Format: live-qa\\nChannel: Forum\\n/);
  });

  it("writes the header, DTSTAMP from --today, and the real local time in a gap", () => {
    expect(physical.slice(0, 5)).toEqual([
      "BEGIN:VCALENDAR",
      "VERSION:2.0",
      "PRODID:-//community-plan//Content calendar//EN",
      "CALSCALE:GREGORIAN",
      "METHOD:PUBLISH",
    ]);
    const unfolded = text.replace(/\r\n /g, "");
    expect(unfolded.match(/^DTSTAMP:.*$/gm)?.every((line) => line === "DTSTAMP:20261124T000000Z")).toBe(true);
    expect(unfolded).toContain("DTSTART;TZID=America/New_York:20270314T033000\r\nDURATION:P2D\r\n");
    expect(unfolded).toContain("X-COMMUNITY-PLAN-DST:NONEXISTENT");
    // Sydney's 02:30 on 4 April 2027 happens twice; written as the first one's instant in UTC.
    expect(unfolded).toContain("DTSTART:20270403T153000Z\r\nDURATION:PT30M\r\n");
    expect(unfolded).toContain("X-COMMUNITY-PLAN-DST:AMBIGUOUS");
  });

  it("has a VTIMEZONE for each zone used, from the zone's real transitions", () => {
    const zones = [...text.matchAll(/^TZID:(.*)\r$/gm)].map((m) => m[1]);
    expect(zones).toEqual(["America/New_York", "Asia/Kolkata", "Australia/Sydney", "Europe/Amsterdam"]);
    const amsterdam = text.slice(text.indexOf("TZID:Europe/Amsterdam"), text.indexOf("END:VTIMEZONE", text.indexOf("TZID:Europe/Amsterdam")));
    expect(amsterdam.split("\r\n")).toEqual([
      "TZID:Europe/Amsterdam",
      "BEGIN:STANDARD",
      "DTSTART:20261025T030000",
      "TZOFFSETFROM:+0200",
      "TZOFFSETTO:+0100",
      "END:STANDARD",
      "BEGIN:DAYLIGHT",
      "DTSTART:20270328T020000",
      "TZOFFSETFROM:+0100",
      "TZOFFSETTO:+0200",
      "END:DAYLIGHT",
      "",
    ]);
    expect(text).toContain("TZID:Asia/Kolkata\r\nBEGIN:STANDARD\r\nDTSTART:19700101T000000\r\nTZOFFSETFROM:+0530\r\nTZOFFSETTO:+0530\r\n");
  });

  it("is the same every run", () => {
    expect(writeIcs(keepKinds(buildCalendar(p, calendar.range), TIMED), { today: "2026-11-24" })).toBe(text);
  });
});

describe("ICS text helpers", () => {
  it("escapes backslash first, then ; , and newlines", () => {
    expect(escapeText("a\\b;c,d\ne\r\nf")).toBe("a\\\\b\\;c\\,d\\ne\\nf");
  });

  it("folds by octets: 75 for the first line, 74 plus a space after", () => {
    const folded = foldLine(`X:${"é".repeat(80)}`);
    const lines = folded.split("\r\n");
    expect(lines.map((l) => Buffer.byteLength(l))).toEqual([74, 75, 15]);
    expect(folded.replace(/\r\n /g, "")).toBe(`X:${"é".repeat(80)}`);
    expect(foldLine("SHORT:ok")).toBe("SHORT:ok");
  });

  it("writes durations", () => {
    expect([0, 45, 90, 1440, 1530].map(icsDuration)).toEqual(["PT0S", "PT45M", "PT1H30M", "P1D", "P1DT1H30M"]);
  });
});
