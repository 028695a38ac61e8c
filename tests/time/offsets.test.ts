import { getTimezoneOffset } from "date-fns-tz";
import fc from "fast-check";
import { describe, expect, it, vi } from "vitest";
import { knownTimeZoneNames } from "../../src/time/zone-names.js";
import { utcOffsetMinutes } from "../../src/time/zone-offsets.js";

/** The reference: the zone's wall clock from Intl, read back as if it were UTC, minus the instant. */
const formats = new Map<string, Intl.DateTimeFormat>();
function intlFormat(zone: string): Intl.DateTimeFormat {
  let format = formats.get(zone);
  if (!format) formats.set(zone, (format = new Intl.DateTimeFormat("en-US", {
    timeZone: zone,
    hourCycle: "h23",
    year: "numeric",
    month: "numeric",
    day: "numeric",
    hour: "numeric",
    minute: "numeric",
    second: "numeric",
  })));
  return format;
}

function intlOffset(zone: string, epochMs: number): number {
  const parts: Record<string, string> = {};
  for (const part of intlFormat(zone).formatToParts(new Date(epochMs))) parts[part.type] = part.value;
  const wall = Date.UTC(Number(parts.year), Number(parts.month) - 1, Number(parts.day), Number(parts.hour), Number(parts.minute), Number(parts.second));
  return Math.round((wall - Math.floor(epochMs / 1000) * 1000) / 60_000) || 0;
}

const FROM_1970 = 0;
const TO_2100 = Date.UTC(2100, 0, 1);

describe("utcOffsetMinutes", () => {
  it("reads offsets from the instant, so the second after the change is already summer time", () => {
    expect(utcOffsetMinutes("Europe/Amsterdam", Date.parse("2027-03-28T00:59:59Z"))).toBe(60);
    expect(utcOffsetMinutes("Europe/Amsterdam", Date.parse("2027-03-28T01:00:00Z"))).toBe(120);
    expect(utcOffsetMinutes("Europe/Amsterdam", Date.parse("2027-10-31T00:59:59Z"))).toBe(120);
    expect(utcOffsetMinutes("Europe/Amsterdam", Date.parse("2027-10-31T01:00:00Z"))).toBe(60);
    expect(utcOffsetMinutes("Asia/Kolkata", Date.parse("2027-01-01T00:00:00Z"))).toBe(330);
    expect(utcOffsetMinutes("America/Los_Angeles", Date.parse("2027-01-01T00:00:00Z"))).toBe(-480);
    // Lord Howe moves by half an hour; Kiribati's clock is 14 hours ahead.
    expect(utcOffsetMinutes("Australia/Lord_Howe", Date.parse("2027-07-01T00:00:00Z"))).toBe(630);
    expect(utcOffsetMinutes("Australia/Lord_Howe", Date.parse("2027-01-01T00:00:00Z"))).toBe(660);
    expect(utcOffsetMinutes("Pacific/Kiritimati", Date.parse("2027-01-01T00:00:00Z"))).toBe(840);
  });

  it("accepts aliases and refuses unknown zones as Intl does", () => {
    expect(utcOffsetMinutes("US/Eastern", Date.parse("2027-07-01T00:00:00Z"))).toBe(-240);
    expect(() => utcOffsetMinutes("Europe/Amsterdm", 0)).toThrow(RangeError);
  });

  it("leaves the process's TZ alone: never set, not even for a moment", () => {
    const saved = process.env.TZ;
    const seen: Array<string | undefined> = [];
    // Date follows TZ, so a change of TZ during the call would show in an offset read meanwhile.
    const spy = vi.spyOn(Date.prototype, "getTimezoneOffset").mockImplementation(function (this: Date) {
      seen.push(process.env.TZ);
      return 0;
    });
    try {
      process.env.TZ = "Asia/Tokyo";
      utcOffsetMinutes("America/Anchorage", Date.UTC(2033, 5, 1));
      expect(process.env.TZ).toBe("Asia/Tokyo");
      expect(seen.filter((zone) => zone !== "Asia/Tokyo")).toEqual([]);
    } finally {
      spy.mockRestore();
      if (saved === undefined) delete process.env.TZ;
      else process.env.TZ = saved;
    }
  });

  it("agrees with Intl.DateTimeFormat in every zone, 1970-2100, at random instants", () => {
    const zones = knownTimeZoneNames();
    fc.assert(
      fc.property(fc.constantFrom(...zones), fc.integer({ min: FROM_1970, max: TO_2100 }), (zone, epochMs) => {
        expect(utcOffsetMinutes(zone, epochMs), `${zone} ${new Date(epochMs).toISOString()}`).toBe(intlOffset(zone, epochMs));
      }),
      { seed: 20261201, numRuns: 5_000 },
    );
  });

  it("agrees with date-fns-tz, a second opinion on the same zones", () => {
    const zones = knownTimeZoneNames();
    fc.assert(
      fc.property(fc.constantFrom(...zones), fc.integer({ min: Date.UTC(2000, 0, 1), max: Date.UTC(2040, 0, 1) }), (zone, epochMs) => {
        const theirs = Math.round(getTimezoneOffset(zone, new Date(epochMs)) / 60_000) || 0;
        expect(utcOffsetMinutes(zone, epochMs), `${zone} ${new Date(epochMs).toISOString()}`).toBe(theirs);
      }),
      { seed: 20261202, numRuns: 2_000 },
    );
  });

  it("finds every change to the second: the second before has the old offset, the change the new", () => {
    for (const zone of ["Europe/Amsterdam", "America/New_York", "Australia/Sydney", "Australia/Lord_Howe", "America/Santiago", "Asia/Tehran", "Africa/Casablanca"]) {
      for (let year = 2020; year <= 2030; year++) {
        let previous = intlOffset(zone, Date.UTC(year, 0, 1));
        // Walk the year a day at a time with Intl; wherever it changes, bisect to the second.
        for (let at = Date.UTC(year, 0, 1); at < Date.UTC(year + 1, 0, 1); at += 86_400_000) {
          const offset = intlOffset(zone, at);
          if (offset === previous) continue;
          let low = at - 86_400_000;
          let high = at;
          while (high - low > 1000) {
            const mid = low + Math.floor((high - low) / 2000) * 1000;
            if (intlOffset(zone, mid) === previous) low = mid;
            else high = mid;
          }
          expect(utcOffsetMinutes(zone, high - 1000), `${zone} before ${new Date(high).toISOString()}`).toBe(previous);
          expect(utcOffsetMinutes(zone, high), `${zone} at ${new Date(high).toISOString()}`).toBe(offset);
          previous = offset;
        }
      }
    }
  });
});
