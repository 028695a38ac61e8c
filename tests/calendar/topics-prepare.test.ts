import { describe, expect, it } from "vitest";
import { buildCalendar } from "../../src/calendar/entries.js";
import { keepKinds, keepScheduleKinds } from "../../src/calendar/kinds.js";
import { buildSchedule } from "../../src/calendar/schedule.js";
import { writeCsv } from "../../src/outputs/calendar/csv.js";
import { writeIcs } from "../../src/outputs/calendar/ics.js";
import { renderMarkdown } from "../../src/render/calendar-markdown.js";
import { durationMinutes, parseDurationMinutes } from "../../src/time/civil-date.js";
import { quarterRange } from "../../src/time/date-range.js";
import { plan, TIMED } from "./fixtures.js";
import { expandIcs } from "./ics-expand.js";

const p = plan({
  content: `  blackouts:
    - from: 2027-01-11
      reason: Team day
  series:
    - id: tutorial
      title: Tuesday tutorial
      channel: forum
      format: tutorial
      cadence: { every: week, weekdays: [mon] }
      localTime: "10:00"
      start: 2027-01-04
      prepare: 1w
      topics: [Async state, Sync conflicts, Offline first, Testing]
  events:
    - id: ama
      title: Release AMA
      date: 2027-02-10
      localTime: "10:00"
      channel: forum
      format: ama
      prepare: 36h
`,
});

describe("topics and preparation", () => {
  it("gives topics in order over the occurrences no blackout skips, counted from the series' start", () => {
    const calendar = buildCalendar(p, { from: "2027-01-01", to: "2027-02-15", label: "x" });
    const series = calendar.entries.filter((e) => e.id === "tutorial").map((e) => [e.date, e.topic]);
    expect(series).toEqual([
      ["2027-01-04", "Async state"],
      ["2027-01-18", "Sync conflicts"],
      ["2027-01-25", "Offline first"],
      ["2027-02-01", "Testing"],
      ["2027-02-08", null],
      ["2027-02-15", null],
    ]);
    expect(calendar.skipped.map((s) => s.date)).toEqual(["2027-01-11"]);
    // A later range starts where the earlier occurrences left off, not at the first topic.
    const later = buildCalendar(p, { from: "2027-01-20", to: "2027-01-31", label: "x" });
    expect(later.entries.map((e) => e.topic)).toEqual(["Offline first"]);
  });

  it("puts the draft-due date `prepare` before the start, weeks included", () => {
    expect(durationMinutes("1w")).toBe(10_080);
    expect(durationMinutes("1w2d3h")).toBe(10_080 + 2 * 1440 + 180);
    expect(parseDurationMinutes("2d1w")).toBeNaN();
    const calendar = buildCalendar(p, { from: "2027-01-01", to: "2027-02-15", label: "x" });
    expect(calendar.entries.find((e) => e.date === "2027-01-18")?.draftDue).toBe("2027-01-11");
    // 10:00 minus 36 hours is 22:00 two days before.
    expect(calendar.entries.find((e) => e.id === "ama")?.draftDue).toBe("2027-02-08");
  });

  it("shows topic and draft due in CSV and Markdown, and 'topic to be decided' where none is left", () => {
    const calendar = buildCalendar(p, { from: "2027-02-01", to: "2027-02-10", label: "x" });
    const csv = writeCsv(calendar).split("\r\n");
    expect(csv[0]).toContain(",title,topic,draft due,owner,");
    expect(csv[1]).toContain(",Tuesday tutorial,Testing,2027-01-25,");
    const md = renderMarkdown(calendar, { today: "2026-11-24" });
    expect(md).toContain("| Tuesday tutorial | Testing | 2027-01-25 |");
    expect(md).toContain("| Tuesday tutorial | topic to be decided | 2027-02-01 |");
    expect(md).toContain("| Release AMA | – | 2027-02-08 |");
  });

  it("ICS: a VALARM `prepare` ahead, a topic override per occurrence, and still exactly the JSON occurrences", () => {
    const range = quarterRange(2027, 1);
    const calendar = keepKinds(buildCalendar(p, range), TIMED);
    const text = writeIcs(calendar, { today: "2026-11-24", schedule: keepScheduleKinds(buildSchedule(p, range), TIMED) }).replace(/\r\n /g, "");
    expect(text).toContain("BEGIN:VALARM\r\nACTION:DISPLAY\r\nDESCRIPTION:Draft due: Tuesday tutorial\r\nTRIGGER:-P7D\r\nEND:VALARM\r\n");
    expect(text).toContain("TRIGGER:-P1DT12H\r\n");
    expect(text.match(/^RECURRENCE-ID;TZID=Europe\/Amsterdam:/gm)).toHaveLength(4);
    expect(text).toContain("Topic: Sync conflicts\\nDraft due: 2027-01-11");
    expect(expandIcs(text, range.from, range.to).map((o) => [o.uid.split("@")[0], o.date])).toEqual(calendar.entries.map((e) => [`${e.kind}-${e.id}`, e.date]));
  });
});
