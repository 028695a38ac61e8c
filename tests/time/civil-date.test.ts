// toDayNumber and isIsoDate read YYYY-MM-DD digit by digit (src/time/civil-date.ts); Date is the
// reference they must agree with, for every string of that shape and for the ones that are not.
import fc from "fast-check";
import { describe, expect, it } from "vitest";
import { fromDayNumber, toDayNumber, toMinutes } from "../../src/time/civil-date.js";
import { isIsoDate } from "../../src/time/dates.js";

const DAY_MS = 86_400_000;

/** What Date makes of the text: the day number, and whether it names that very day. */
function byDate(text: string): { day: number; real: boolean } {
  const [y, m, d] = text.split("-").map(Number) as [number, number, number];
  const date = new Date(Date.UTC(y, m - 1, d));
  const shaped = /^\d{4}-\d{2}-\d{2}$/.test(text);
  return { day: Math.round(date.getTime() / DAY_MS), real: shaped && date.getUTCFullYear() === y && date.getUTCMonth() === m - 1 && date.getUTCDate() === d };
}

const pad = (n: number, width: number) => String(n).padStart(width, "0");
/** Any digits in YYYY-MM-DD's places: real dates, 2027-02-30, month 13, day 00, year 0050. */
const shapedText = fc
  .tuple(fc.integer({ min: 0, max: 9999 }), fc.integer({ min: 0, max: 99 }), fc.integer({ min: 0, max: 99 }))
  .map(([y, m, d]) => `${pad(y, 4)}-${pad(m, 2)}-${pad(d, 2)}`);
const realDate = fc.integer({ min: Date.UTC(100, 0, 1) / DAY_MS, max: Date.UTC(9999, 11, 31) / DAY_MS }).map((day) => new Date(day * DAY_MS).toISOString().slice(0, 10));

describe("reading YYYY-MM-DD", () => {
  it("gives Date's day number and verdict for anything written with those digits", () => {
    fc.assert(
      fc.property(shapedText, (text) => {
        const reference = byDate(text);
        expect(isIsoDate(text)).toBe(reference.real);
        if (Number.isFinite(reference.day)) expect(toDayNumber(text)).toBe(reference.day);
      }),
      { numRuns: 20_000 },
    );
  });

  it("turns every real date into its day and back", () => {
    fc.assert(
      fc.property(realDate, (text) => {
        expect(isIsoDate(text)).toBe(true);
        expect(fromDayNumber(toDayNumber(text))).toBe(text);
      }),
      { numRuns: 20_000 },
    );
  });

  it("reads HH:MM as split and Number do, for any two pairs of digits and for other shapes", () => {
    const bySplit = (time: string) => {
      const [h, m] = time.split(":").map(Number) as [number, number];
      return h * 60 + m;
    };
    fc.assert(
      fc.property(fc.integer({ min: 0, max: 99 }), fc.integer({ min: 0, max: 99 }), (h, m) => {
        const time = `${pad(h, 2)}:${pad(m, 2)}`;
        expect(toMinutes(time)).toBe(bySplit(time));
      }),
    );
    for (const time of ["9:30", "09:30:00", "24:00", "0a:30"]) expect(toMinutes(time), time).toEqual(bySplit(time));
  });

  it("refuses what is not YYYY-MM-DD", () => {
    for (const text of ["2027-1-01", "2027/01/01", "27-01-01", "2027-01-01 ", "２０２７-01-01", "2027-0a-01", "", "0050-01-01", "2027-02-29", "2028-02-30"]) {
      expect(isIsoDate(text), text).toBe(false);
    }
    expect(isIsoDate("2028-02-29")).toBe(true);
  });
});
