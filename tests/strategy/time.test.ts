import { describe, expect, it } from "vitest";
import { offsetMinutes, zonedToUtc } from "../../src/strategy/zoned-time.js";
import { durationMinutes, formatMinutes } from "../../src/util/durations.js";

const iso = (ms: number) => new Date(ms).toISOString().slice(0, 16);

describe("zonedToUtc", () => {
  it("follows daylight saving", () => {
    expect(iso(zonedToUtc("2027-01-15", "09:00", "Europe/Amsterdam"))).toBe("2027-01-15T08:00");
    expect(iso(zonedToUtc("2027-07-15", "09:00", "Europe/Amsterdam"))).toBe("2027-07-15T07:00");
    expect(iso(zonedToUtc("2027-07-15", "09:00", "America/New_York"))).toBe("2027-07-15T13:00");
  });

  it("handles half-hour zones and UTC", () => {
    expect(iso(zonedToUtc("2027-01-15", "10:00", "Asia/Kolkata"))).toBe("2027-01-15T04:30");
    expect(iso(zonedToUtc("2027-01-15", "10:00", "UTC"))).toBe("2027-01-15T10:00");
  });

  it("moves a time in the spring-forward gap forward by the gap", () => {
    // 02:30 does not exist in Amsterdam on 28 March 2027; like Temporal's "compatible" it becomes 03:30 CEST.
    expect(iso(zonedToUtc("2027-03-28", "02:30", "Europe/Amsterdam"))).toBe("2027-03-28T01:30");
  });

  it("reports offsets in minutes", () => {
    expect(offsetMinutes("Asia/Kolkata", Date.UTC(2027, 0, 1))).toBe(330);
    expect(offsetMinutes("America/Los_Angeles", Date.UTC(2027, 0, 1))).toBe(-480);
  });
});

describe("durations", () => {
  it("parses the schema's notation into minutes and back", () => {
    for (const [text, minutes] of [["45m", 45], ["1h30m", 90], ["48h", 2880], ["2d", 2880], ["1d2h3m", 1563]] as const) {
      expect(durationMinutes(text)).toBe(minutes);
    }
    expect(durationMinutes("1.5h")).toBeUndefined();
    expect(formatMinutes(2670)).toBe("1d20h30m");
    expect(formatMinutes(0)).toBe("0m");
  });
});
