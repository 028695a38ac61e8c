import { describe, expect, it } from "vitest";
import { estimateWeeklyLoad } from "../../src/strategy/load-estimate.js";
import { parseWithYaml } from "../../src/plan/parse-yaml.js";
import type { Plan } from "../../src/plan/types.js";
import { minimalPlan as plan } from "../helpers/plans.js";
import { edit, testRule } from "../helpers/rule-cases.js";

const rule = "team-capacity";
const series = (format: string, weekdays: string, extra = "") =>
  `content:\n  series:\n    - id: s\n      title: S\n      channel: forum\n      format: ${format}\n      cadence: { every: week, weekdays: [${weekdays}] }\n      localTime: "10:00"\n${extra}`;

testRule(rule, [
  { name: "one forum and a monthly review fit in 20 hours", plan, expected: [] },
  {
    name: "a daily video is more than 20 hours a week, at hoursPerWeek",
    plan: plan + series("video", "mon, tue, wed, thu, fri"),
    expected: [{ ruleId: rule, messageId: "overloaded", line: 10, column: 19, data: { content: 32.5, events: 0, moderation: 2, review: 0.5, total: 35, load: 35, hours: 20 } }],
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
