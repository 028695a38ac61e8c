// Everything dated in the plan as all-day items: which items, on which days, and how each
// format writes them; --include and --exclude by kind.
import { describe, expect, it } from "vitest";
import { buildCalendar } from "../../src/calendar/entries.js";
import { keepKinds, keepScheduleKinds, selectKinds } from "../../src/calendar/kinds.js";
import { buildSchedule } from "../../src/calendar/schedule.js";
import { writeCsv } from "../../src/outputs/calendar/csv.js";
import { writeIcs } from "../../src/outputs/calendar/ics.js";
import { writeJson } from "../../src/outputs/calendar/json.js";
import { renderMarkdown } from "../../src/render/calendar-markdown.js";
import { expandIcs } from "./ics-expand.js";
import { planText, toPlan } from "./fixtures.js";

const text = planText({
  content: `  blackouts:
    - from: 2027-03-30
      to: 2027-04-02
      reason: Easter
  series:
    - id: tips
      title: Tips
      channel: forum
      format: article
      cadence: { every: week, weekdays: [tue] }
      localTime: "10:00"
`,
  extra: `launch:
  date: 2027-02-01
  steps:
    - title: Invite founding members
      due: 2027-01-18
      owner: sam
    - title: Undated step
engagement:
  contests:
    - id: photo
      title: Photo contest
      start: 2027-03-08
      end: 2027-03-21
`,
}).replace("review:\n  cadence: monthly\n", "review:\n  cadence: quarterly\n  day: wed\n");
const p = toPlan(text);
const Q1 = { from: "2027-01-01", to: "2027-03-31", label: "2027-Q1" };

describe("everything dated in the plan", () => {
  it("launch and dated steps, contest start and end, target deadlines, reviews on review.day, blackouts", () => {
    expect(buildCalendar(p, Q1).dated).toEqual([
      { kind: "review", id: "2027-01-06", role: "review", subject: null, detail: null, title: "Plan review", date: "2027-01-06", end: "2027-01-06", owner: null },
      { kind: "launch", id: "step-1", role: "launchStep", subject: "Invite founding members", detail: null, title: "Launch step: Invite founding members", date: "2027-01-18", end: "2027-01-18", owner: "sam" },
      { kind: "launch", id: "launch", role: "launch", subject: null, detail: null, title: "Launch", date: "2027-02-01", end: "2027-02-01", owner: null },
      { kind: "contest", id: "photo-start", role: "contestStart", subject: "Photo contest", detail: null, title: "Contest starts: Photo contest", date: "2027-03-08", end: "2027-03-08", owner: null },
      { kind: "contest", id: "photo-end", role: "contestEnd", subject: "Photo contest", detail: null, title: "Contest ends: Photo contest", date: "2027-03-21", end: "2027-03-21", owner: null },
      { kind: "blackout", id: "2027-03-30", role: "blackout", subject: "Easter", detail: null, title: "Blackout: Easter", date: "2027-03-30", end: "2027-04-02", owner: null },
      { kind: "deadline", id: "comments", role: "deadline", subject: "comments", detail: "comments-per-post", title: "Target deadline: comments (comments-per-post)", date: "2027-03-31", end: "2027-03-31", owner: null },
    ]);
    // Quarterly on Wednesday: the first Wednesday of each quarter; a blackout begun earlier still shows.
    const q2 = buildCalendar(p, { from: "2027-04-01", to: "2027-06-30", label: "2027-Q2" }).dated;
    expect(q2.map((item) => `${item.kind} ${item.date}`)).toEqual(["blackout 2027-03-30", "review 2027-04-07"]);
  });

  it("reviews default to the first Monday of each period", () => {
    const monthly = toPlan(planText({}));
    const dated = buildCalendar(monthly, Q1).dated.filter((item) => item.kind === "review");
    expect(dated.map((item) => item.date)).toEqual(["2027-01-04", "2027-02-01", "2027-03-01"]);
    const weekly = toPlan(planText({}).replace("cadence: monthly", "cadence: weekly"));
    expect(buildCalendar(weekly, { from: "2027-01-01", to: "2027-01-20", label: "x" }).dated.filter((i) => i.kind === "review").map((i) => i.date)).toEqual([
      "2027-01-04",
      "2027-01-11",
      "2027-01-18",
    ]);
  });

  it("--include and --exclude take kinds; unknown names are reported", () => {
    expect(selectKinds(undefined, undefined)).toEqual({ kinds: new Set(["series", "events", "launch", "contests", "deadlines", "reviews", "blackouts", "holidays"]) });
    expect(selectKinds("series,reviews", undefined)).toEqual({ kinds: new Set(["series", "reviews"]) });
    expect(selectKinds(undefined, "reviews, blackouts")).toEqual({ kinds: new Set(["series", "events", "launch", "contests", "deadlines", "holidays"]) });
    expect(selectKinds("series,holiday", "posts")).toEqual({ unknown: ["holiday", "posts"] });
    const only = keepKinds(buildCalendar(p, Q1), new Set(["contests"]));
    expect(only.entries).toEqual([]);
    expect(only.dated.map((item) => item.id)).toEqual(["photo-start", "photo-end"]);
  });

  it("ICS: all-day VALUE=DATE items, transparent, DTEND the day after the last; ical.js reads the same days", () => {
    const schedule = buildSchedule(p, Q1);
    const ics = writeIcs(buildCalendar(p, Q1), { today: "2026-11-24", schedule: keepScheduleKinds(schedule, new Set(["blackouts", "contests"])) });
    expect(ics).toContain(
      "UID:blackout-2027-03-30@test-community.community-plan\r\nDTSTAMP:20261124T000000Z\r\nSEQUENCE:0\r\n" +
        "X-COMMUNITY-PLAN-HASH:",
    );
    expect(ics).toContain("DTSTART;VALUE=DATE:20270330\r\nDTEND;VALUE=DATE:20270403\r\nSUMMARY:Blackout: Easter\r\nCATEGORIES:blackout\r\nTRANSP:TRANSPARENT\r\n");
    expect(expandIcs(ics, Q1.from, Q1.to).map((o) => [o.uid.split("@")[0], o.date, o.durationSeconds / 86_400])).toEqual([
      ["contest-photo-start", "2027-03-08", 1],
      ["contest-photo-end", "2027-03-21", 1],
      ["blackout-2027-03-30", "2027-03-30", 4],
    ]);
  });

  it("CSV rows carry a kind and sit among the timed rows by date; JSON lists them under dated", () => {
    const calendar = keepKinds(buildCalendar(p, { from: "2027-03-15", to: "2027-03-31", label: "x" }), new Set(["series", "contests", "blackouts"]));
    const rows = writeCsv(calendar).split("\r\n").map((row) => row.split(",").slice(0, 3).join(","));
    expect(rows).toEqual([
      "date,kind,local time",
      "2027-03-16,series,10:00",
      "2027-03-21,contest,",
      "2027-03-23,series,10:00",
      "2027-03-30,blackout,",
      "",
    ]);
    expect(writeCsv(calendar).split("\r\n")[4]).toBe("2027-03-30,blackout,,,,,,,,Blackout: Easter,,,,,,,\"all day, until 2027-04-02\"");
    const json = JSON.parse(writeJson(calendar)) as { dated: Array<{ kind: string }>; entries: Array<{ kind: string }> };
    expect(json.entries.map((e) => e.kind)).toEqual(["series", "series"]);
    expect(json.dated.map((d) => d.kind)).toEqual(["contest", "blackout"]);
  });
});

describe("all-day items in the Markdown calendar", () => {
  it("lists them by date under their own heading, a span with its last day", () => {
    const md = renderMarkdown(buildCalendar(p, { from: "2027-03-20", to: "2027-03-31", label: "x" }), { today: "2026-11-24" });
    expect(md).toContain(
      "## Dates to keep in mind\n\n| Date | Kind | Item | Owner |\n| --- | --- | --- | --- |\n" +
        "| Sun 2027-03-21 | Contest | Photo contest ends | – |\n" +
        "| Tue 2027-03-30 – Fri 2027-04-02 | Blackout | Easter | – |\n" +
        "| Wed 2027-03-31 | Target deadline | comments (Comments per post) | – |\n",
    );
  });

  it("words them in the document's language around the plan's own text", () => {
    const calendar = buildCalendar(p, { from: "2027-01-01", to: "2027-03-31", label: "x" });
    const md = renderMarkdown(calendar, { today: "2026-11-24", lang: "nl" });
    expect(md).toContain("## Belangrijke data\n\n| Datum | Soort | Wat | Eigenaar |\n");
    expect(md).toContain("| Evaluatie | Evaluatie van het plan | – |");
    expect(md).toContain("| Lancering | Stap: Invite founding members | sam |");
    expect(md).toContain("| Wedstrijd | Start van Photo contest | – |");
    expect(md).toContain("| Stille periode | Easter | – |");
    // The machine formats keep their English titles, as their other fixed words.
    expect(calendar.dated.map((item) => item.title)).toContain("Launch step: Invite founding members");
  });
});
