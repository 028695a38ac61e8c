import { describe, expect, it } from "vitest";
import { isoUtc, resolveLocal, wallClock } from "../../src/time/zoned-time.js";

describe("resolveLocal: wall-clock time in a zone to a UTC instant", () => {
  const cases: Array<[string, string, string, string, string, "ok" | "nonexistent" | "ambiguous"]> = [
    // date, time, zone, expected UTC, real local time, flag
    ["2027-03-25", "17:00", "Europe/Amsterdam", "2027-03-25T16:00:00Z", "17:00", "ok"],
    ["2027-04-01", "17:00", "Europe/Amsterdam", "2027-04-01T15:00:00Z", "17:00", "ok"],
    // Europe springs forward on 28 March 2027: 02:00-03:00 does not exist.
    ["2027-03-28", "02:30", "Europe/Amsterdam", "2027-03-28T01:30:00Z", "03:30", "nonexistent"],
    ["2027-03-28", "02:00", "Europe/Amsterdam", "2027-03-28T01:00:00Z", "03:00", "nonexistent"],
    ["2027-03-28", "03:00", "Europe/Amsterdam", "2027-03-28T01:00:00Z", "03:00", "ok"],
    // ...and falls back on 31 October 2027: 02:00-03:00 happens twice, the first (CEST) is meant.
    ["2027-10-31", "02:30", "Europe/Amsterdam", "2027-10-31T00:30:00Z", "02:30", "ambiguous"],
    ["2027-10-31", "03:00", "Europe/Amsterdam", "2027-10-31T02:00:00Z", "03:00", "ok"],
    // The US changes on other days: 14 March and 7 November 2027.
    ["2027-03-14", "02:30", "America/New_York", "2027-03-14T07:30:00Z", "03:30", "nonexistent"],
    ["2027-11-07", "01:30", "America/New_York", "2027-11-07T05:30:00Z", "01:30", "ambiguous"],
    ["2027-03-21", "09:00", "America/Los_Angeles", "2027-03-21T16:00:00Z", "09:00", "ok"],
    // Southern hemisphere: Sydney leaves summer time in April and enters it in October.
    ["2027-04-04", "02:30", "Australia/Sydney", "2027-04-03T15:30:00Z", "02:30", "ambiguous"],
    ["2027-10-03", "02:30", "Australia/Sydney", "2027-10-02T16:30:00Z", "03:30", "nonexistent"],
    ["2027-07-01", "19:00", "Australia/Sydney", "2027-07-01T09:00:00Z", "19:00", "ok"],
    // Half-hour zone without DST.
    ["2027-03-28", "17:00", "Asia/Kolkata", "2027-03-28T11:30:00Z", "17:00", "ok"],
    // Leap day.
    ["2028-02-29", "23:30", "America/Los_Angeles", "2028-03-01T07:30:00Z", "23:30", "ok"],
  ];
  for (const [date, time, zone, utc, local, dst] of cases) {
    it(`${date} ${time} ${zone} → ${utc} (${dst})`, () => {
      const instant = resolveLocal(date, time, zone);
      expect({ utc: isoUtc(instant.epochMs), local: instant.localTime, dst: instant.dst }).toEqual({ utc, local, dst });
    });
  }
});

describe("wall clocks", () => {
  it("shows the wall clock across midnight and the date line", () => {
    expect(wallClock("Asia/Tokyo", Date.parse("2027-12-31T16:30:00Z"))).toEqual({
      date: "2028-01-01",
      time: "01:30",
      offsetMinutes: 540,
    });
  });
});
