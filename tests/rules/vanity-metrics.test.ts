import { describe, expect, it } from "vitest";
import { metricCatalogue } from "../../src/prompts/catalogues/metrics.js";
import { CATALOGUE_FAMILIES, isVanityMetric, metricFamily } from "../../src/strategy/metric-families.js";
import { minimalPlan as plan } from "../helpers/plans.js";
import { edit, testRule } from "../helpers/rule-cases.js";

const rule = "vanity-metrics";
const metric = (name: string) => edit(plan, ["    metric: comments-per-post\n", `    metric: ${name}\n`]);
const second = (name: string) =>
  edit(plan, ["    deadline: 2027-03-31\n", `    deadline: 2027-03-31\n  - id: second\n    goal: engagement\n    metric: ${name}\n    baseline: 100\n    change: "+10%"\n    unit: people\n    deadline: 2027-03-31\n`]);

testRule(rule, [
  { name: "an engagement metric", plan, expected: [] },
  {
    name: "only followers, at the targets key",
    plan: metric("followers"),
    expected: [{ ruleId: rule, messageId: "onlyVanity", line: 32, column: 1, data: { metrics: "followers" } }],
  },
  {
    name: "members and impressions are both size or reach",
    plan: edit(second("impressions"), ["    metric: comments-per-post\n", "    metric: members\n"]),
    expected: [{ ruleId: rule, messageId: "onlyVanity", line: 32, column: 1, data: { metrics: "members, impressions" } }],
  },
  { name: "one engagement target beside followers is enough", plan: second("followers"), expected: [] },
  { name: "an unknown metric is never taken for vanity", plan: metric("wishlist-adds"), expected: [] },
  { name: "a catalogue retention metric counts", plan: edit(second("member-retention-90d"), ["    metric: comments-per-post\n", "    metric: new-members-per-month\n"]), expected: [] },
]);

describe("metric families", () => {
  it("gives every metric of the wizard's catalogue a family, from the one table", () => {
    expect(metricCatalogue.map((m) => m.id).sort()).toEqual(Object.keys(CATALOGUE_FAMILIES).sort());
    for (const m of metricCatalogue) expect(metricFamily(m.id)).toBeDefined();
  });

  it("takes only size and reach for vanity, and nothing it does not know", () => {
    expect(["members", "Followers", "views", "impressions", "new-members-per-month", "mentions-per-month"].every(isVanityMetric)).toBe(true);
    expect(["weekly-active-members", "first-response-hours", "member-created-posts", "response-time-hours", "members-helped"].some(isVanityMetric)).toBe(false);
  });
});
