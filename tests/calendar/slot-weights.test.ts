import { describe, expect, it } from "vitest";
import { audienceProfile } from "../../src/calendar/audience.js";
import { findSlots, type SlotRequest } from "../../src/time/slots.js";
import type { Plan } from "../../src/plan/types.js";

// Los Angeles and Tokyo share no hour of 09:00–12:00, so one of them has to give way.
const request: SlotRequest = {
  timeZone: "Europe/Amsterdam",
  zones: ["America/Los_Angeles", "Asia/Tokyo"],
  dates: ["2027-03-01"],
  durationMinutes: 0,
  hours: { start: "09:00", end: "12:00" },
  preferred: "18:00",
};

describe("slots weighed by persona size", () => {
  it("without weights, ties go to the time closest to the current one (Los Angeles)", () => {
    expect(findSlots(request).ranked[0]).toMatchObject({ time: "18:00", fits: ["America/Los_Angeles"], share: 0.5 });
  });

  it("with weights, the zone with more people wins", () => {
    const best = findSlots({ ...request, weights: { "America/Los_Angeles": 100, "Asia/Tokyo": 1000 } }).ranked[0];
    expect(best?.fits).toEqual(["Asia/Tokyo"]);
    expect(best?.share).toBeCloseTo(1000 / 1100);
  });

  it("a persona's activeHours are judged in its zones", () => {
    const evenings = findSlots({ ...request, zoneHours: { "Asia/Tokyo": { start: "19:00", end: "22:00" } }, preferred: "12:00" });
    // 12:00 Amsterdam is 20:00 in Tokyo: inside the evening window, outside 09:00–12:00.
    expect(evenings.ranked.find((s) => s.time === "12:00")?.fits).toEqual(["Asia/Tokyo"]);
  });
});

describe("audienceProfile", () => {
  const plan = {
    personas: [
      { id: "a", name: "A", languages: ["en"], timeZones: ["Europe/Berlin", "Asia/Tokyo"], size: 600, activeHours: { start: "18:00", end: "23:00" } },
      { id: "b", name: "B", languages: ["en"], timeZones: ["Asia/Tokyo"], size: 200 },
      { id: "c", name: "C", languages: ["en"], timeZones: ["America/Chicago"] },
    ],
  } as unknown as Plan;
  const hours = { start: "08:00", end: "22:00" };

  it("spreads each persona's size over its zones, and takes the first persona's active hours for a zone", () => {
    expect(audienceProfile(plan, ["a", "b"], hours)).toEqual({
      zoneHours: { "Europe/Berlin": { start: "18:00", end: "23:00" }, "Asia/Tokyo": { start: "18:00", end: "23:00" } },
      weights: { "Europe/Berlin": 300, "Asia/Tokyo": 500 },
    });
  });

  it("weighs nothing when a persona of the audience gives no size", () => {
    expect(audienceProfile(plan, ["b", "c"], hours)).toEqual({ zoneHours: { "Asia/Tokyo": hours, "America/Chicago": hours } });
  });
});
