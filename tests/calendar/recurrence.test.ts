import fc from "fast-check";
import { describe, expect, it } from "vitest";
import { fromDayNumber, toDayNumber, WEEKDAYS, weekdayOfDay } from "../../src/time/civil-date.js";
import { cadenceDates, monthlyDate } from "../../src/time/recurrence.js";
import type { Cadence } from "../../src/plan/types.js";

const ANCHOR = "2027-01-01";

describe("cadenceDates", () => {
  it("gives, week by week, exactly the days a day-by-day walk finds", () => {
    const day = fc.integer({ min: toDayNumber("1999-01-01"), max: toDayNumber("2031-12-31") });
    const weekdays = fc.subarray([...WEEKDAYS]);
    fc.assert(
      fc.property(weekdays, fc.integer({ min: 1, max: 5 }), day, fc.integer({ min: 0, max: 800 }), day, (days, interval, start, length, anchor) => {
        const cadence: Cadence = { every: "week", interval, weekdays: [...days] };
        const from = fromDayNumber(start);
        const to = fromDayNumber(start + length);
        const anchorWeek = Math.floor((anchor - 4) / 7); // 1970-01-05, day 4, was a Monday
        const expected: string[] = [];
        for (let d = start; d <= start + length; d++) {
          const inWeek = (((Math.floor((d - 4) / 7) - anchorWeek) % interval) + interval) % interval === 0;
          if (inWeek && days.some((name) => WEEKDAYS.indexOf(name) === weekdayOfDay(d))) expected.push(fromDayNumber(d));
        }
        expect(cadenceDates(cadence, from, to, fromDayNumber(anchor))).toEqual(expected);
      }),
      { numRuns: 2_000 },
    );
  });

  it("weekly on two weekdays", () => {
    expect(cadenceDates({ every: "week", weekdays: ["tue", "thu"] }, "2027-01-01", "2027-01-14", ANCHOR)).toEqual([
      "2027-01-05",
      "2027-01-07",
      "2027-01-12",
      "2027-01-14",
    ]);
  });

  it("every two weeks counts from the anchor's week, not from the range", () => {
    const cadence: Cadence = { every: "week", interval: 2, weekdays: ["thu"] };
    // The anchor 2027-01-01 is a Friday in the week of Monday 2026-12-28; Thursday 2026-12-31 is in it.
    expect(cadenceDates(cadence, "2027-01-01", "2027-02-05", ANCHOR)).toEqual(["2027-01-14", "2027-01-28"]);
    expect(cadenceDates(cadence, "2027-01-20", "2027-02-05", ANCHOR)).toEqual(["2027-01-28"]);
    expect(cadenceDates(cadence, "2026-12-01", "2026-12-31", ANCHOR)).toEqual(["2026-12-03", "2026-12-17", "2026-12-31"]);
  });

  it("weeks start on Monday (ISO 8601): a fortnightly Sunday belongs to the Monday six days before it", () => {
    const cadence: Cadence = { every: "week", interval: 2, weekdays: ["mon", "sun"] };
    // Anchor Monday 2027-01-04: its week runs to Sunday 2027-01-10; the next such week starts 2027-01-18.
    expect(cadenceDates(cadence, "2027-01-01", "2027-01-31", "2027-01-04")).toEqual(["2027-01-04", "2027-01-10", "2027-01-18", "2027-01-24"]);
    // An anchor on a Sunday puts the Monday before it in the same week, not the Monday after.
    expect(cadenceDates(cadence, "2027-01-01", "2027-01-31", "2027-01-10")).toEqual(["2027-01-04", "2027-01-10", "2027-01-18", "2027-01-24"]);
    expect(cadenceDates(cadence, "2027-01-01", "2027-01-31", "2027-01-17")).toEqual(["2027-01-03", "2027-01-11", "2027-01-17", "2027-01-25", "2027-01-31"]);
  });

  it("monthly on a day, and on the last day (-1), across a leap February", () => {
    expect(cadenceDates({ every: "month", day: -1 }, "2027-12-01", "2028-03-31", ANCHOR)).toEqual([
      "2027-12-31",
      "2028-01-31",
      "2028-02-29",
      "2028-03-31",
    ]);
    expect(cadenceDates({ every: "month", day: 29 }, "2027-01-01", "2028-03-31", ANCHOR).filter((d) => d.includes("-02-"))).toEqual([
      "2028-02-29",
    ]);
  });

  it("skips months without the day rather than moving it", () => {
    expect(cadenceDates({ every: "month", day: 31 }, "2027-01-01", "2027-06-30", ANCHOR)).toEqual([
      "2027-01-31",
      "2027-03-31",
      "2027-05-31",
    ]);
  });

  it("every three months from the anchor month", () => {
    expect(cadenceDates({ every: "month", interval: 3, day: 15 }, "2027-01-01", "2027-12-31", "2027-02-10")).toEqual([
      "2027-02-15",
      "2027-05-15",
      "2027-08-15",
      "2027-11-15",
    ]);
  });

  it("nth weekday: a fifth Friday only in months that have one", () => {
    expect(cadenceDates({ every: "month", nth: 5, weekday: "fri" }, "2027-01-01", "2027-06-30", ANCHOR)).toEqual([
      "2027-01-29",
      "2027-04-30",
    ]);
  });

  it("nth weekday: first Wednesday and last Monday", () => {
    expect(cadenceDates({ every: "month", nth: 1, weekday: "wed" }, "2027-01-01", "2027-03-31", ANCHOR)).toEqual([
      "2027-01-06",
      "2027-02-03",
      "2027-03-03",
    ]);
    expect(cadenceDates({ every: "month", nth: -1, weekday: "mon" }, "2027-01-01", "2027-03-31", ANCHOR)).toEqual([
      "2027-01-25",
      "2027-02-22",
      "2027-03-29",
    ]);
  });

  it("leap day as the fifth Tuesday of February 2028", () => {
    expect(monthlyDate({ every: "month", nth: 5, weekday: "tue" }, 2028, 2)).toBe("2028-02-29");
    expect(monthlyDate({ every: "month", nth: 5, weekday: "tue" }, 2027, 2)).toBeUndefined();
  });
});

describe("weekdayOfDay", () => {
  it("agrees with Date on every day from 1900 to 2100, before 1970 too", () => {
    for (let day = -25_567; day <= 47_482; day++) {
      expect(weekdayOfDay(day)).toBe((new Date(day * 86_400_000).getUTCDay() + 6) % 7);
    }
  });
});
