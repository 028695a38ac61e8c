import { describe, expect, it } from "vitest";
import { findSlots, scoreTime } from "../../src/time/slots.js";
import { dstStates } from "../../src/time/dst-states.js";
import { eachDay } from "../../src/time/civil-date.js";

const HOURS = { start: "08:00", end: "21:00" };
const march = [...eachDay("2027-03-01", "2027-04-30")];

describe("dstStates", () => {
  it("finds the three states of March-April when the US changes two weeks before Europe", () => {
    const states = dstStates("Europe/Amsterdam", ["America/New_York"], march);
    expect(states.map((s) => [s.offsets, s.days])).toEqual([
      [[60, -300], 13],
      [[60, -240], 14],
      [[120, -240], 34],
    ]);
  });

  it("has one state for zones without DST", () => {
    expect(dstStates("Asia/Kolkata", ["Asia/Tokyo"], march)).toHaveLength(1);
  });
});

describe("findSlots", () => {
  it("ranks times that fit every zone in every DST state first, nearest the current time", () => {
    const result = findSlots({
      timeZone: "Europe/Amsterdam",
      zones: ["America/Los_Angeles", "Europe/Berlin"],
      dates: march,
      durationMinutes: 60,
      hours: HOURS,
      preferred: "10:00",
    });
    expect(result.suitsEveryone).toBe(true);
    // Los Angeles is 9 hours behind, 8 in the two weeks between the changes: 17:00 is 08:00 or 09:00 there.
    expect(result.ranked.slice(0, 3).map((s) => s.time)).toEqual(["17:00", "17:30", "18:00"]);
    expect(result.ranked[0]?.localTimes).toEqual([
      { timeZone: "America/Los_Angeles", times: "08:00/09:00", inside: true },
      { timeZone: "Europe/Berlin", times: "17:00", inside: true },
    ]);
    // 16:30 works in the two weeks after the US change but not before it.
    const edge = scoreTime("16:30", { timeZone: "Europe/Amsterdam", zones: ["America/Los_Angeles"], dates: march, durationMinutes: 60, hours: HOURS }, result.states);
    expect(edge.share).toBe(0);
    expect(edge.meanShare).toBeCloseTo(14 / 61, 5);
  });

  it("says when no time suits everyone and finds a rotation that covers all", () => {
    const result = findSlots({
      timeZone: "Europe/Amsterdam",
      zones: ["America/Los_Angeles", "Asia/Kolkata", "Australia/Sydney", "Europe/Amsterdam"],
      dates: march,
      durationMinutes: 60,
      hours: HOURS,
    });
    expect(result.suitsEveryone).toBe(false);
    expect(result.ranked[0]?.share).toBe(0.75);
    expect(result.ranked[0]?.fits).toEqual(["Asia/Kolkata", "Australia/Sydney", "Europe/Amsterdam"]);
    expect(result.rotation?.map((s) => s.time)).toEqual(["08:00", "20:00"]);
    const covered = new Set(result.rotation?.flatMap((s) => s.fits));
    expect([...covered].sort()).toEqual(["America/Los_Angeles", "Asia/Kolkata", "Australia/Sydney", "Europe/Amsterdam"]);
  });

  it("handles a half-hour zone: 09:00 Amsterdam is 13:30 or 12:30 in Kolkata", () => {
    const score = scoreTime("09:00", { timeZone: "Europe/Amsterdam", zones: ["Asia/Kolkata"], dates: march, durationMinutes: 0, hours: HOURS }, dstStates("Europe/Amsterdam", ["Asia/Kolkata"], march));
    expect(score.localTimes).toEqual([{ timeZone: "Asia/Kolkata", times: "13:30/12:30", inside: true }]);
  });
});
