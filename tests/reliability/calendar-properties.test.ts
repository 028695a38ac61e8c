// For generated plans (series with random cadences, zones and times, some in DST gaps) and random
// ranges: entries are sorted, unique and inside the range, and ical.js reads the ICS back to the
// same instants.
import fc from "fast-check";
import { describe, expect, it } from "vitest";
import { buildCalendar } from "../../src/calendar/entries.js";
import { keepKinds } from "../../src/calendar/kinds.js";
import { addDays } from "../../src/time/civil-date.js";
import { writeIcs } from "../../src/outputs/calendar/ics.js";
import { parseIcs } from "../calendar/ics-parse.js";
import { planText, TIMED, toPlan } from "../calendar/fixtures.js";
import { TODAY } from "../helpers/plans.js";
import { fuzzParams } from "./fuzz-settings.js";

const ZONES = ["Europe/Amsterdam", "America/New_York", "Australia/Sydney", "Asia/Kolkata", "UTC", "Pacific/Chatham", "America/St_Johns", "Asia/Kathmandu", "Europe/London", "Pacific/Apia"];
const WEEKDAYS = ["mon", "tue", "wed", "thu", "fri", "sat", "sun"] as const;

const time = fc
  .oneof(fc.tuple(fc.integer({ min: 0, max: 23 }), fc.integer({ min: 0, max: 59 })), fc.constant([2, 30] as [number, number]))
  .map(([h, m]) => `${String(h).padStart(2, "0")}:${String(m).padStart(2, "0")}`);

const cadence = fc.oneof(
  fc.record({ every: fc.constant("week"), interval: fc.integer({ min: 1, max: 4 }), weekdays: fc.uniqueArray(fc.constantFrom(...WEEKDAYS), { minLength: 1, maxLength: 3 }) }),
  fc.record({ every: fc.constant("month"), interval: fc.integer({ min: 1, max: 3 }), day: fc.constantFrom(1, 15, 29, 30, 31, -1) }),
  fc.record({ every: fc.constant("month"), nth: fc.constantFrom(1, 2, 5, -1), weekday: fc.constantFrom(...WEEKDAYS) }),
);

const series = fc.uniqueArray(
  fc.record({ id: fc.constantFrom("a", "b", "c", "d"), cadence, localTime: time, timeZone: fc.constantFrom(...ZONES), duration: fc.constantFrom("30m", "1h", "2h15m") }),
  { minLength: 1, maxLength: 3, selector: (s) => s.id },
);

/** A range of 1–120 days starting somewhere in 2027 (the minimal plan's horizon). */
const range = fc.tuple(fc.integer({ min: 0, max: 364 }), fc.integer({ min: 0, max: 119 })).map(([start, length]) => {
  const from = addDays("2027-01-01", start);
  return { from, to: addDays(from, length), label: "range" };
});

function contentYaml(items: readonly { id: string; cadence: object; localTime: string; timeZone: string; duration: string }[]): string {
  return `  series:\n${items
    .map((s) => `    - id: ${s.id}\n      title: Series ${s.id}\n      channel: forum\n      format: article\n      cadence: ${JSON.stringify(s.cadence)}\n      localTime: "${s.localTime}"\n      timeZone: ${s.timeZone}\n      duration: ${s.duration}\n`)
    .join("")}`;
}

describe("calendar properties", () => {
  it("entries are sorted, unique, inside the range, and the ICS round-trips through ical.js", () => {
    let total = 0;
    fc.assert(
      fc.property(series, range, (items, r) => {
        const calendar = buildCalendar(toPlan(planText({ content: contentYaml(items) })), r);
        total += calendar.entries.length;
        const keys = calendar.entries.map((e) => `${e.id}@${e.date}`);
        expect(new Set(keys).size).toBe(keys.length);
        for (let i = 1; i < calendar.entries.length; i++) {
          expect(calendar.entries[i]!.epochMs).toBeGreaterThanOrEqual(calendar.entries[i - 1]!.epochMs);
        }
        for (const entry of calendar.entries) {
          expect(entry.date >= r.from && entry.date <= r.to, `${entry.date} outside ${r.from}..${r.to}`).toBe(true);
          expect(Date.parse(entry.utc)).toBe(entry.epochMs);
        }
        // The timed occurrences; the plan's monthly reviews are all-day items with tests of their own.
        const { events } = parseIcs(writeIcs(keepKinds(calendar, TIMED), { today: TODAY }));
        expect(events.map((e) => e.startUtcMs)).toEqual(calendar.entries.map((e) => e.epochMs));
        expect(events.map((e) => e.durationSeconds)).toEqual(calendar.entries.map((e) => e.durationMinutes * 60));
      }),
      fuzzParams(150),
    );
    // The generators really produce calendars, not empty ranges.
    expect(total).toBeGreaterThan(500);
  });
});
