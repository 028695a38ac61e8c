import { parse } from "yaml";
import { describe, expect, it } from "vitest";
import type { Plan } from "../../src/plan/types.js";
import { matchObservations } from "../../src/progress/match-observations.js";
import { measureProgress } from "../../src/progress/measure-progress.js";
import { readActuals } from "../../src/progress/read-actuals.js";
import { minimalPlan } from "../helpers/plans.js";

/** The minimal plan with two more channels and targets on one metric: one per channel, one overall. */
function plan(): Plan {
  const p = parse(minimalPlan) as Plan;
  p.channels.push({ ...p.channels[0]!, id: "discord", name: "Discord", platform: "discord", kind: "chat" });
  p.targets = [
    {
      id: "forum-members",
      goal: "engagement",
      metric: "members",
      baseline: 100,
      target: 200,
      deadline: "2027-06-30",
      channel: "forum",
    },
    {
      id: "discord-members",
      goal: "engagement",
      metric: "members",
      baseline: 50,
      target: 80,
      deadline: "2027-06-30",
      channel: "discord",
    },
    { id: "all-members", goal: "engagement", metric: "members", baseline: 150, target: 280, deadline: "2027-06-30" },
    {
      id: "comments",
      goal: "engagement",
      metric: "comments-per-post",
      baseline: 2,
      change: "+15%",
      deadline: "2027-03-31",
    },
  ];
  p.review!.metrics = ["sentiment-score"];
  return p;
}

const csv = (...rows: string[]) =>
  readActuals(["date,metric,value,channel", ...rows].join("\n"), "actuals.csv").observations;
const lines = (byTarget: Map<string, Array<{ line: number }>>) =>
  Object.fromEntries([...byTarget].map(([id, os]) => [id, os.map((o) => o.line)]));

describe("matchObservations", () => {
  it("matches by metric, and by channel when both name one; an exact channel wins on a shared date", () => {
    const observations = csv(
      "2027-01-31,members,110,forum", // 2
      "2027-01-31,members,55,discord", // 3
      "2027-01-31,members,165,", // 4: the total
      "2027-02-28,members,120,forum", // 5
      "2027-02-28,comments-per-post,2.1,", // 6
    );
    const { byTarget, warnings } = matchObservations(plan(), observations);
    expect(lines(byTarget)).toEqual({
      "forum-members": [2, 5],
      "discord-members": [3],
      "all-members": [4, 5],
      comments: [6],
    });
    expect(warnings).toEqual([]);
  });

  it("warns when a target without a channel meets several channels on one date, keeping the later line", () => {
    const { byTarget, warnings } = matchObservations(
      plan(),
      csv("2027-01-31,members,110,forum", "2027-01-31,members,55,discord"),
    );
    expect(lines(byTarget)["all-members"]).toEqual([3]);
    expect(warnings.map((w) => `${w.line} ${w.code}: ${w.message}`)).toEqual([
      '3 ambiguous-channel: target "all-members" matches 2 observations on 2027-01-31 (channels discord, forum); the one on line 3 is used; give the target a channel, or add a row without a channel for the total',
    ]);
  });

  it("warns once per unknown metric or channel, naming the closest one in the plan", () => {
    const { warnings } = matchObservations(
      plan(),
      csv(
        "2027-01-31,member,1,forum",
        "2027-02-28,member,2,forum",
        "2027-01-31,page-views,9000,",
        "2027-01-31,members,3,forums",
        "2027-01-31,sentiment-score,0.7,",
      ),
    );
    expect(warnings.map((w) => `${w.line} ${w.code}: ${w.message}`)).toEqual([
      '2 unknown-metric: metric "member" is not in the plan (2 observations ignored); did you mean "members"?',
      '4 unknown-metric: metric "page-views" is not in the plan (1 observation ignored); the plan\'s metrics are "comments-per-post", "members"',
      '5 unknown-channel: channel "forums" is not a channel of the plan; did you mean "forum"?',
    ]);
  });
});

describe("measureProgress", () => {
  it("measures every target in the plan's order and warns about observations after today", () => {
    const actuals = readActuals(
      "date,metric,value,channel\n2027-01-31,members,110,forum\n2027-03-31,members,130,forum\n2027-02-28,comments-per-post,2.3,\n",
      "a.csv",
    );
    const report = measureProgress(plan(), actuals, {
      today: "2027-03-01",
      planFile: "plan.yaml",
      actualsFile: "a.csv",
    });
    expect(report.targets.map((t) => [t.id, t.status, t.latest?.value])).toEqual([
      // One observation: the trend runs from 100 on 01-01 through 110 on 01-31, reaching 160 of 200.
      ["forum-members", "off-track", 110],
      ["discord-members", "no-data", undefined],
      // A target without a channel takes the forum's numbers too.
      ["all-members", "off-track", 110],
      ["comments", "achieved", 2.3],
    ]);
    expect(report.warnings.map((w) => `${w.line} ${w.code}: ${w.message}`)).toEqual([
      "3 after-today: 1 observation is dated after today (2027-03-01) and left out; pass --today to measure as of a later day",
    ]);
  });

  it("an empty actuals file makes every target no data", () => {
    const report = measureProgress(plan(), readActuals("", "a.csv"), {
      today: "2027-03-01",
      planFile: "p",
      actualsFile: "a",
    });
    expect(report.targets.map((t) => t.status)).toEqual(["no-data", "no-data", "no-data", "no-data"]);
    expect(report.warnings).toEqual([]);
  });
});
