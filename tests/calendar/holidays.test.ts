// Public holidays (content.holidays), the onHoliday policy and blackouts that stop some formats.
// NL 2027: Easter Sunday 03-28 (the night clocks go forward) and Monday 03-29, King's Day
// Tuesday 04-27, Ascension Thursday 05-06, Whit Monday 05-17; Good Friday and Liberation Day are
// not public holidays in date-holidays' NL data.
import { describe, expect, it } from "vitest";
import { buildCalendar, type Calendar } from "../../src/calendar/entries.js";
import { holidaysBetween, loadHolidays } from "../../src/calendar/holidays.js";
import { keepKinds } from "../../src/calendar/kinds.js";
import { InputError } from "../../src/core/errors.js";
import { writeCsv } from "../../src/outputs/calendar/csv.js";
import { writeIcs } from "../../src/outputs/calendar/ics.js";
import { writeJson } from "../../src/outputs/calendar/json.js";
import { buildSchedule } from "../../src/calendar/schedule.js";
import { renderMarkdown } from "../../src/render/calendar-markdown.js";
import type { Plan } from "../../src/plan/types.js";
import { plan, TIMED } from "./fixtures.js";

const SPRING = { from: "2027-03-01", to: "2027-05-31", label: "spring" };

function series(id: string, format: string, weekdays: string, time: string, onHoliday?: string): string {
  return `    - id: ${id}
      title: ${id}
      channel: forum
      format: ${format}
      cadence: { every: week, weekdays: [${weekdays}] }
      localTime: "${time}"
      duration: 1h
${onHoliday === undefined ? "" : `      onHoliday: ${onHoliday}\n`}`;
}

async function calendarOf(content: string, range = SPRING): Promise<{ p: Plan; calendar: Calendar }> {
  const p = plan({ content });
  await loadHolidays(p);
  return { p, calendar: buildCalendar(p, range) };
}

const entriesOf = (calendar: Calendar, id: string) => calendar.entries.filter((e) => e.id === id);

describe("content.holidays", () => {
  it("lists the public holidays only, as all-day items of kind holiday with stable ids", async () => {
    const { calendar } = await calendarOf("  holidays: [NL]\n");
    const holidays = calendar.dated.filter((item) => item.kind === "holiday");
    expect(holidays.map((h) => [h.id, h.title])).toEqual([
      ["NL-2027-03-28", "Public holiday: Easter Sunday"],
      ["NL-2027-03-29", "Public holiday: Easter Monday"],
      ["NL-2027-04-27", "Public holiday: King's Day"],
      ["NL-2027-05-06", "Public holiday: Ascension Day"],
      ["NL-2027-05-16", "Public holiday: Pentecost"],
      ["NL-2027-05-17", "Public holiday: Whit Monday"],
    ]);
  });

  it("says which regions a holiday belongs to when several are listed, one item per holiday", async () => {
    const p = plan({ content: "  holidays: [NL, DE-BY]\n" });
    await loadHolidays(p);
    const days = holidaysBetween(p, "2027-05-27", "2027-05-27").concat(holidaysBetween(p, "2027-12-25", "2027-12-25"));
    expect(days.map((h) => [h.id, h.name, h.regions])).toEqual([
      ["DE-BY-2027-05-27", "Corpus Christi", ["DE-BY"]],
      ["DE-BY+NL-2027-12-25", "Christmas Day", ["DE-BY", "NL"]],
    ]);
    const calendar = buildCalendar(p, { from: "2027-05-27", to: "2027-05-27", label: "x" });
    expect(calendar.dated.map((d) => d.title)).toEqual(["Public holiday: Corpus Christi (DE-BY)"]);
  });

  it("keeps two holidays of one region on one day apart", async () => {
    const p = plan({ content: "  holidays: [NO]\n" });
    await loadHolidays(p);
    expect(holidaysBetween(p, "2027-05-17", "2027-05-17").map((h) => [h.id, h.name])).toEqual([
      ["NO-2027-05-17", "Constitution Day"],
      ["NO-2027-05-17-2", "Whit Monday"],
    ]);
  });

  it("refuses an unknown code with a known error, and a plan whose holidays were not loaded with a bug", async () => {
    const bad = plan({ content: "  holidays: [NL, XQ]\n" });
    await expect(loadHolidays(bad)).rejects.toThrow(InputError);
    await expect(loadHolidays(bad)).rejects.toThrow('content.holidays: no public holidays are known for "XQ"');
    // The fixtures load holidays for the plans they make; a copy is a plan nobody loaded them for.
    expect(() => buildCalendar(structuredClone(plan({ content: "  holidays: [NL]\n" })), SPRING)).toThrow(/loadHolidays/);
  });
});

describe("onHoliday", () => {
  it("skips by default; a skipped live session is lost, a skipped post is not", async () => {
    const { calendar } = await calendarOf(`  holidays: [NL]\n  series:\n${series("live", "live-qa", "tue", "18:00")}${series("post", "article", "tue", "09:00")}`);
    expect(entriesOf(calendar, "live").map((e) => e.date)).not.toContain("2027-04-27");
    expect(calendar.skipped).toEqual([
      { kind: "series", id: "live", date: "2027-04-27", reason: "King's Day", lost: true, holiday: "NL-2027-04-27" },
      { kind: "series", id: "post", date: "2027-04-27", reason: "King's Day", lost: false, holiday: "NL-2027-04-27" },
    ]);
  });

  it("next-day keeps the local time across the DST change and marks the move", async () => {
    const { calendar } = await calendarOf(`  holidays: [NL]\n  series:\n${series("live", "live-qa", "mon", "18:00", "next-day")}`);
    const moved = entriesOf(calendar, "live").filter((e) => e.moved !== null);
    expect(moved.map((e) => [e.date, e.localTime, e.utc, e.moved])).toEqual([
      ["2027-03-30", "18:00", "2027-03-30T16:00:00Z", { from: "2027-03-29", reason: "Easter Monday", holiday: "NL-2027-03-29" }],
      ["2027-05-18", "18:00", "2027-05-18T16:00:00Z", { from: "2027-05-17", reason: "Whit Monday", holiday: "NL-2027-05-17" }],
    ]);
    expect(calendar.skipped).toEqual([]);
  });

  it("previous-day keeps moving past a holiday before it, back across the DST change", async () => {
    const { calendar } = await calendarOf(`  holidays: [NL]\n  series:\n${series("post", "article", "mon", "09:00", "previous-day")}`);
    const moved = entriesOf(calendar, "post").filter((e) => e.moved !== null);
    // Easter Monday → Sunday is Easter Sunday too → Saturday, still on winter time.
    expect(moved.map((e) => [e.date, e.localTime, e.utc, e.moved?.from])).toEqual([
      ["2027-03-27", "09:00", "2027-03-27T08:00:00Z", "2027-03-29"],
      ["2027-05-15", "09:00", "2027-05-15T07:00:00Z", "2027-05-17"],
    ]);
  });

  it("never moves onto a day the series already meets: that occurrence is skipped", async () => {
    const { calendar } = await calendarOf(`  holidays: [NL]\n  series:\n${series("live", "live-qa", "mon, tue", "18:00", "next-day")}`);
    const dates = entriesOf(calendar, "live").map((e) => e.date);
    expect(new Set(dates).size).toBe(dates.length);
    // Easter and Whit Monday would land on the Tuesday session; King's Day (a Tuesday) moves to Wednesday.
    expect(calendar.skipped.map((s) => [s.date, s.lost])).toEqual([["2027-03-29", true], ["2027-05-17", true]]);
    expect(entriesOf(calendar, "live").find((e) => e.moved !== null)?.date).toBe("2027-04-28");
  });

  it("applies to blackouts too, and to events", async () => {
    const { calendar } = await calendarOf(`  blackouts:
    - from: 2027-03-10
      reason: Offsite
  events:
    - id: launch-qa
      title: Launch Q&A
      date: 2027-03-10
      localTime: "17:00"
      channel: forum
      format: ama
      onHoliday: next-day
`);
    expect(calendar.entries.map((e) => [e.id, e.date, e.moved?.reason])).toEqual([["launch-qa", "2027-03-11", "Offsite"]]);
  });
});

describe("blackout stops", () => {
  it("stops only the formats it names; other items go ahead", async () => {
    const { calendar } = await calendarOf(`  blackouts:
    - from: 2027-03-08
      to: 2027-03-14
      reason: Summer break; scheduled posts keep the group going
      stops: [live-qa, workshop]
  series:
${series("live", "live-qa", "wed", "18:00")}${series("post", "article", "wed", "09:00")}`);
    expect(entriesOf(calendar, "post").map((e) => e.date)).toContain("2027-03-10");
    expect(entriesOf(calendar, "live").map((e) => e.date)).not.toContain("2027-03-10");
    expect(calendar.skipped.map((s) => [s.id, s.date, s.lost])).toEqual([["live", "2027-03-10", true]]);
  });
});

describe("the formats mark moved and lost occurrences", () => {
  const content = `  holidays: [NL]\n  series:\n${series("live", "live-qa", "mon", "18:00", "next-day")}${series("talk", "workshop", "tue", "20:00")}`;

  it("JSON: moved and lost", async () => {
    const { calendar } = await calendarOf(content);
    const data = JSON.parse(writeJson(calendar)) as { entries: Array<{ moved: unknown; status: string }>; skipped: Array<{ lost: boolean }>; dated: Array<Record<string, unknown>> };
    const moved = data.entries.find((e) => e.moved !== null);
    expect(moved).toMatchObject({ moved: { from: "2027-03-29", reason: "Easter Monday", holiday: "NL-2027-03-29" }, status: "moved from 2027-03-29 (Easter Monday)" });
    expect(data.skipped).toEqual([{ kind: "series", id: "talk", date: "2027-04-27", reason: "King's Day", lost: true, holiday: "NL-2027-04-27" }]);
    // Names in fifty languages stay out of the machine format.
    expect(data.dated.find((d) => d.kind === "holiday")).not.toHaveProperty("holiday");
  });

  it("CSV: a holiday row and a moved status", async () => {
    const { calendar } = await calendarOf(content);
    const rows = writeCsv(calendar).split("\r\n");
    expect(rows).toContain("2027-04-27,holiday,,,,,,,,Public holiday: King's Day,,,,,,,all day");
    expect(rows.find((r) => r.startsWith("2027-03-30,series,18:00"))).toMatch(/,moved from 2027-03-29 \(Easter Monday\)$/);
  });

  it("ICS: holidays are transparent all-day items; a move is a RECURRENCE-ID override, a skip an EXDATE", async () => {
    const { p, calendar } = await calendarOf(content);
    const ics = writeIcs(calendar, { today: "2026-11-24", schedule: buildSchedule(p, SPRING) }).replace(/\r\n /g, "");
    expect(ics).toContain("UID:holiday-NL-2027-04-27@test-community.community-plan\r\nDTSTAMP:20261124T000000Z\r\nSEQUENCE:0\r\n");
    expect(ics).toMatch(/DTSTART;VALUE=DATE:20270427\r\nDTEND;VALUE=DATE:20270428\r\nSUMMARY:Public holiday: King's Day\r\nCATEGORIES:holiday\r\nTRANSP:TRANSPARENT/);
    expect(ics).toContain("RECURRENCE-ID;TZID=Europe/Amsterdam:20270329T180000\r\nDTSTART;TZID=Europe/Amsterdam:20270330T180000");
    expect(ics).toContain("EXDATE;TZID=Europe/Amsterdam:20270427T200000");
  });

  it("Markdown: the holiday's name in the document's language, moved notes and lost sessions", async () => {
    const { calendar } = await calendarOf(content);
    const nl = renderMarkdown(calendar, { today: "2026-11-24", lang: "nl" });
    expect(nl).toContain("| Feestdag | Koningsdag |");
    expect(nl).toContain("verplaatst van 2027-03-29 (Tweede paasdag)");
    expect(nl).toContain("## Vervallen livesessies\n\n- 2027-04-27: talk (Koningsdag)");
    const en = renderMarkdown(calendar, { today: "2026-11-24" });
    expect(en).toContain("moved from 2027-03-29 (Easter Monday)");
    expect(en).toContain("## Lost live sessions");
    expect(en).not.toContain("## Skipped for holidays and blackouts");
  });

  it("Markdown: a day with two holidays names both, where a move or a skip says why", async () => {
    // Norway's Constitution Day and Whit Monday share Monday 17 May 2027.
    const both = `  holidays: [NO]\n  series:\n${series("live", "live-qa", "mon", "18:00", "next-day")}${series("talk", "workshop", "mon", "20:00")}`;
    const { calendar } = await calendarOf(both, { from: "2027-05-10", to: "2027-05-23", label: "may" });
    const nb = renderMarkdown(calendar, { today: "2026-11-24", lang: "nb" });
    expect(nb).toContain("flyttet fra 2027-05-17 (Grunnlovsdagen og Andre pinsedag)");
    expect(nb).toContain("- 2027-05-17: talk (Grunnlovsdagen og Andre pinsedag)");
    expect(renderMarkdown(calendar, { today: "2026-11-24" })).toContain("moved from 2027-05-17 (Constitution Day and Whit Monday)");
    // The machine formats keep their English reason, both names already.
    expect(calendar.skipped).toEqual([expect.objectContaining({ id: "talk", date: "2027-05-17", reason: "Constitution Day, Whit Monday" })]);
  });

  it("a language the dataset lacks shows the region's own name, not English", async () => {
    const { calendar } = await calendarOf(content);
    const ja = renderMarkdown(calendar, { today: "2026-11-24", lang: "ja" });
    expect(ja).toContain("| 祝日 | Koningsdag |");
    expect(ja).not.toContain("King's Day");
  });

  it("--exclude holidays drops the holiday items, not the policy", async () => {
    const { calendar } = await calendarOf(content);
    const timed = keepKinds(calendar, TIMED);
    expect(timed.dated).toEqual([]);
    expect(timed.entries.some((e) => e.moved !== null)).toBe(true);
  });
});
