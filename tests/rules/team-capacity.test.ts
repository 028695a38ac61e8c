import { describe, expect, it } from "vitest";
import { estimateWeeklyLoad, weeklyLoad } from "../../src/strategy/load-estimate.js";
import { parseWithYaml } from "../../src/plan/parse-yaml.js";
import type { Plan } from "../../src/plan/types.js";
import { minimalPlan as plan } from "../helpers/plans.js";
import { edit, testRule } from "../helpers/rule-cases.js";

const rule = "team-capacity";
const series = (format: string, weekdays: string, extra = "") =>
  `content:\n  series:\n    - id: s\n      title: S\n      channel: forum\n      format: ${format}\n      cadence: { every: week, weekdays: [${weekdays}] }\n      localTime: "10:00"\n${extra}`;

// Six 4-hour workshops (4 prep + 4 live + 0.5 follow-up = 8.5 h each) from Monday 8 to Saturday 13 March.
const workshops =
  "content:\n  events:\n" +
  [8, 9, 10, 11, 12, 13].map((d) => `    - id: w${d}\n      title: W\n      date: 2027-03-${String(d).padStart(2, "0")}\n      localTime: "10:00"\n      channel: forum\n      format: workshop\n      duration: 4h\n`).join("");

testRule(rule, [
  { name: "one forum and a monthly review fit in 20 hours", plan, expected: [] },
  {
    name: "a daily video is more than 20 hours a week, at hoursPerWeek",
    plan: plan + series("video", "mon, tue, wed, thu, fri"),
    expected: [{ ruleId: rule, messageId: "overloaded", line: 10, column: 19, data: { week: "2027-01-04", content: 32.5, events: 0, moderation: 2, volunteerShifts: 0, review: 0.5, load: 35, hours: 20, average: 35 } }],
  },
  {
    // Issue 17, case 1: the old yearly average (6 × 8.5 h / 52 weeks ≈ 1 h) hid this week.
    name: "six workshops in one week overload a 16-hour team in that week, named by its Monday",
    plan: edit(plan, ["    hoursPerWeek: 20", "    hoursPerWeek: 16"]) + workshops,
    expected: [{ ruleId: rule, messageId: "overloaded", line: 10, column: 19, data: { week: "2027-03-08", content: 0, events: 51, moderation: 2, volunteerShifts: 0, review: 0.5, load: 53.5, hours: 16, average: 3.5 } }],
  },
  {
    name: "a weekly tutorial fits",
    plan: plan + series("tutorial", "tue"),
    expected: [],
  },
  {
    name: "more than 40 hours a person, at team",
    plan: edit(plan, ["    hoursPerWeek: 20", "    hoursPerWeek: 50"]),
    expected: [{ ruleId: rule, messageId: "overworked", line: 8, column: 3, data: { hours: 50, people: 1, noun: "person", max: 40 } }],
  },
]);

describe("the load estimate", () => {
  const load = (text: string) => estimateWeeklyLoad(parseWithYaml(text, { file: "p.yaml" }).data as Plan);

  it("adds series, moderation per channel and the review", () => {
    // Two live Q&As a week of 1h30m: 2 × (1 prep + 1.5 live + 0.5 follow-up) = 6.
    expect(load(plan + series("live-qa", "tue, thu", "      duration: 1h30m\n"))).toEqual({
      content: 6,
      events: 0,
      moderation: 2,
      review: 0.5,
      total: 8.5,
      contests: 0,
      launch: 0,
      volunteerShifts: 0,
    });
  });

  it("spreads one-off events over the horizon and counts monthly series as 12 a year", () => {
    const text =
      plan +
      'content:\n  series:\n    - id: n\n      title: N\n      channel: forum\n      format: newsletter\n      cadence: { every: month, day: 1 }\n      localTime: "09:00"\n' +
      '  events:\n    - id: h\n      title: H\n      date: 2027-05-01\n      localTime: "10:00"\n      channel: forum\n      format: hackathon\n      duration: 2d\n';
    const estimate = load(text);
    // 12 newsletters of 3.5h a year = 0.8h a week; a 48h hackathon + 16h prep + 0.5h over 52 weeks = 1.2h.
    expect(estimate.content).toBe(0.8);
    expect(estimate.events).toBe(1.2);
  });
});

describe("the load per week", () => {
  const parse = (text: string) => parseWithYaml(text, { file: "p.yaml" }).data as Plan;
  const withMembers = edit(
    plan,
    ["    people: 1\n    hoursPerWeek: 20\n", "    members:\n      - { id: sam, name: Sam, role: Lead, hoursPerWeek: 30 }\n      - { id: ari, name: Ari, role: Moderator, hoursPerWeek: 6, volunteer: true }\n"],
    ["      languages: [en]\n      hours: { days: [mon, tue, wed, thu, fri, sat, sun], start: \"08:00\", end: \"20:00\" }", "      languages: [en]\n      member: sam\n      hours: { days: [mon, tue], start: \"09:00\", end: \"13:00\" }\n    - { id: ari, name: Ari, member: ari, timeZone: Europe/Amsterdam, languages: [en], hours: { days: [sat], start: \"10:00\", end: \"13:00\" } }"],
  );

  it("counts the shifts of moderators who name a team member instead of the flat hours per channel, volunteers' apart", () => {
    const { average } = weeklyLoad(parse(withMembers));
    // Sam 2 × 4 h, Ari 3 h; no flat 2 h for the forum.
    expect(average).toMatchObject({ moderation: 11, volunteerShifts: 3 });
  });

  it("keeps the flat hours per channel when no moderator is a team member", () => {
    expect(weeklyLoad(parse(plan)).average.moderation).toBe(2);
  });

  it("puts contests and launch steps in their weeks and names the worst", () => {
    const text = plan +
      "engagement:\n  contests:\n    - id: c\n      title: C\n      start: 2027-05-03\n      end: 2027-05-30\n" +
      "launch:\n  date: 2027-02-01\n  steps:\n    - title: Seed\n      due: 2027-01-27\n    - title: Announce\n";
    const load = weeklyLoad(parse(text));
    const week = (monday: string) => load.perWeek.find((w) => w.monday === monday)!;
    expect(week("2027-01-25").launch).toBe(2);
    expect(week("2027-02-01").launch).toBe(2);
    expect(week("2027-05-03").contests).toBe(3.5);
    expect(week("2027-05-24").contests).toBe(2);
    expect(load.worst.monday).toBe("2027-05-03");
    // The horizon starts on a Friday: its first week is the one of Monday 28 December.
    expect(load.perWeek[0]!.monday).toBe("2026-12-28");
    expect(load.perWeek).toHaveLength(53);
  });

  it("dates a series in its own zone into the community's week", () => {
    // Sunday 23:30 in New York is Monday in Amsterdam: the instalment counts in the next week.
    const text = plan + 'content:\n  series:\n    - id: s\n      title: S\n      channel: forum\n      format: poll\n      cadence: { every: week, weekdays: [sun] }\n      localTime: "23:30"\n      timeZone: America/New_York\n      start: 2027-03-07\n      end: 2027-03-07\n';
    const load = weeklyLoad(parse(text));
    expect(load.perWeek.find((w) => w.monday === "2027-03-08")!.content).toBe(0.8);
    expect(load.perWeek.find((w) => w.monday === "2027-03-01")!.content).toBe(0);
  });
});
