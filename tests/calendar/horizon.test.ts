// Nothing is scheduled outside the plan's horizon, nor outside a series' own start and end: the
// calendar, slots and the rendered calendar all take their dates from the same place.
import { describe, expect, it } from "vitest";
import { quarterRange } from "../../src/time/date-range.js";
import { buildCalendar } from "../../src/calendar/entries.js";
import { currentSlot } from "../../src/calendar/item-slots.js";
import { reasonableHours } from "../../src/calendar/audience.js";
import { findPlanItem } from "../../src/calendar/plan-items.js";
import { renderDocuments } from "../../src/render/documents.js";
import { plan } from "./fixtures.js";

// Horizon 2027-01-04 (a Monday) to 2027-10-30 (a Saturday); a Saturday series and events on each side.
const horizonPlan = () =>
  plan({
    content: `  series:
    - id: saturday-post
      title: Saturday post
      channel: forum
      format: article
      cadence: { every: week, weekdays: [sat] }
      localTime: "10:00"
    - id: early-series
      title: Early series
      channel: forum
      format: article
      cadence: { every: month, day: 2 }
      localTime: "10:00"
      start: 2026-11-01
      end: 2027-02-01
  events:
    - id: before
      title: Before the horizon
      channel: forum
      format: product-update
      date: 2027-01-02
      localTime: "10:00"
    - id: first-day
      title: On the horizon's first day
      channel: forum
      format: product-update
      date: 2027-01-04
      localTime: "10:00"
    - id: after
      title: After the horizon
      channel: forum
      format: product-update
      date: 2027-10-31
      localTime: "10:00"
`,
  });

function withHorizon(start: string, end: string) {
  const p = horizonPlan();
  p.horizon = { start, end };
  return p;
}

describe("the plan's horizon", () => {
  it("schedules nothing before horizon.start (the 2027-01-02 reproducer)", () => {
    const calendar = buildCalendar(withHorizon("2027-01-04", "2027-10-30"), quarterRange(2027, 1));
    const dates = calendar.entries.map((e) => `${e.date} ${e.id}`);
    expect(dates[0]).toBe("2027-01-04 first-day");
    expect(dates.filter((d) => d < "2027-01-04")).toEqual([]);
    // The early series keeps its own end (2027-02-01) too: its only date left is none (Feb 2 is after its end).
    expect(dates.filter((d) => d.endsWith("early-series"))).toEqual([]);
    expect(calendar.note).toBeUndefined();
  });

  it("schedules nothing after horizon.end, and includes both ends", () => {
    const calendar = buildCalendar(withHorizon("2027-01-04", "2027-10-30"), quarterRange(2027, 4));
    const dates = calendar.entries.map((e) => `${e.date} ${e.id}`);
    expect(dates.at(-1)).toBe("2027-10-30 saturday-post");
    expect(dates.some((d) => d.endsWith(" after"))).toBe(false);
  });

  it("keeps a series inside its own start and end within the horizon", () => {
    const calendar = buildCalendar(withHorizon("2026-10-01", "2027-12-31"), { from: "2026-10-01", to: "2027-03-31", label: "test" });
    expect(calendar.entries.filter((e) => e.id === "early-series").map((e) => e.date)).toEqual(["2026-11-02", "2026-12-02", "2027-01-02"]);
  });

  it("gives an empty calendar with a note when the range lies wholly outside the horizon", () => {
    const calendar = buildCalendar(withHorizon("2027-01-04", "2027-10-30"), quarterRange(2028, 1));
    expect(calendar.entries).toEqual([]);
    expect(calendar.note).toBe("nothing is scheduled: 2028-Q1 lies outside the plan's horizon (2027-01-04 to 2027-10-30)");
  });

  it("judges slots on dates inside the horizon only", () => {
    const p = withHorizon("2027-01-04", "2027-10-30");
    const entry = findPlanItem(p, "saturday-post")!;
    const slot = currentSlot(p, entry, "Europe/Amsterdam", { from: "2027-01-01", to: "2027-01-31" }, reasonableHours(p));
    expect(slot?.request.dates).toEqual(["2027-01-09", "2027-01-16", "2027-01-23", "2027-01-30"]);
  });

  it("render's calendar document says why it is empty", () => {
    const p = withHorizon("2027-01-04", "2027-10-30");
    for (const format of ["md", "html"] as const) {
      const { files } = renderDocuments(p, { format, today: "2027-11-24", only: ["calendar"] });
      expect(files[0]!.content).toContain("Nothing is scheduled: 2028-Q1 lies outside the plan&#x27;s horizon (2027-01-04 to 2027-10-30).".replace("&#x27;", format === "md" ? "'" : "&#x27;"));
    }
  });
});
