import { describe, expect, it } from "vitest";
import { describeWeekPoint, formatMinutes, largestGap } from "../../src/strategy/moderation-coverage.js";
import type { Moderator, Weekday } from "../../src/plan/types.js";

const mod = (timeZone: string, start: string, end: string, days?: Weekday[]): Moderator => ({
  id: "m",
  name: "M",
  timeZone,
  languages: ["en"],
  hours: { start, end, ...(days ? { days } : {}) },
});
const everyDay: Weekday[] = ["mon", "tue", "wed", "thu", "fri", "sat", "sun"];

describe("largestGap", () => {
  it("a weekday office in January leaves the weekend open", () => {
    // 2027-01-18 is a Monday; Amsterdam is UTC+1, so 09:00-17:00 is 08:00-16:00 UTC.
    expect(largestGap([mod("Europe/Amsterdam", "09:00", "17:00")], "2027-01-18")).toEqual({ minutes: 64 * 60, startsAt: 4 * 1440 + 16 * 60 });
  });

  it("summer time moves the shifts an hour earlier in UTC", () => {
    expect(largestGap([mod("Europe/Amsterdam", "09:00", "17:00")], "2027-07-19").startsAt).toBe(4 * 1440 + 15 * 60);
  });

  it("a night shift that crosses midnight, and the end of the week, leaves no gap with a day shift", () => {
    const gap = largestGap([mod("UTC", "20:00", "08:00", everyDay), mod("UTC", "08:00", "20:00", everyDay)], "2027-01-18");
    expect(gap.minutes).toBe(0);
  });

  it("half-hour zones land on the half hour", () => {
    expect(largestGap([mod("Asia/Kolkata", "10:00", "14:00", everyDay)], "2027-01-18")).toEqual({ minutes: 20 * 60, startsAt: 8 * 60 + 30 });
  });

  it("no moderators: the whole week", () => {
    expect(largestGap([], "2027-01-18").minutes).toBe(7 * 1440);
  });
});

describe("formatting", () => {
  it("writes minutes in the plan's duration notation", () => {
    expect(formatMinutes(2670)).toBe("1d20h30m");
    expect(formatMinutes(60)).toBe("1h");
    expect(formatMinutes(0)).toBe("0m");
  });

  it("names a point in the week in UTC", () => {
    expect(describeWeekPoint(4 * 1440 + 16 * 60)).toBe("Fri 16:00 UTC");
    expect(describeWeekPoint(8 * 60 + 30)).toBe("Mon 08:30 UTC");
  });
});
