import { minimalPlan as plan } from "../helpers/plans.js";
import { edit, testRule } from "../helpers/rule-cases.js";

const rule = "target-ambition";
// Today in the tests is 2026-11-24; the target's `change` is line 37.
const target = (value: string, deadline: string, extra = "") =>
  edit(plan, ['    change: "+15%"\n    unit: comments\n    deadline: 2027-03-31\n', `    ${value}\n    unit: comments\n    deadline: ${deadline}\n${extra}`]);
const responseTarget = (hours: number) =>
  edit(plan, [
    '    metric: comments-per-post\n    baseline: 2\n    change: "+15%"\n    unit: comments\n',
    `    metric: response-time-hours\n    baseline: 30\n    target: ${hours}\n    direction: decrease\n    unit: hours\n`,
  ]);

testRule(rule, [
  { name: "+15% in four months needs no reason", plan, expected: [] },
  {
    name: "+900% within 366 days needs a rationale",
    plan: target('change: "+900%"', "2027-06-30"),
    expected: [{ ruleId: rule, messageId: "steep", line: 37, column: 13, data: { id: "comments", factor: 10, baseline: 2, value: 20, days: 218 } }],
  },
  {
    name: "180 → 900 (five times) within 366 days needs a rationale, at the target",
    plan: edit(target("target: 900", "2027-06-30"), ["    baseline: 2\n", "    baseline: 180\n"]),
    expected: [{ ruleId: rule, messageId: "steep", line: 37, column: 13, data: { id: "comments", factor: 5, baseline: 180, value: 900, days: 218 } }],
  },
  {
    name: "the same with a rationale passes",
    plan: edit(target("target: 900", "2027-06-30", "    rationale: A partner forum of 800 members merges into ours in March.\n"), ["    baseline: 2\n", "    baseline: 180\n"]),
    expected: [],
  },
  {
    name: "doubling within 92 days needs a rationale",
    plan: target('change: "+100%"', "2027-02-20"),
    expected: [{ ruleId: rule, messageId: "steep", line: 37, column: 13, data: { id: "comments", factor: 2, baseline: 2, value: 4, days: 88 } }],
  },
  { name: "doubling in 127 days does not", plan: target('change: "+100%"', "2027-03-31"), expected: [] },
  { name: "five times in more than 366 days does not", plan: target('change: "+400%"', "2027-12-31"), expected: [] },
  { name: "a 12-hour response target fits a rota with a 12-hour gap", plan: responseTarget(12), expected: [] },
  {
    name: "an 8-hour response target is tighter than the rota's 12-hour night gap",
    plan: responseTarget(8),
    expected: [{ ruleId: rule, messageId: "fasterThanRota", line: 37, column: 13, data: { id: "comments", promise: "8h", gap: "12h", from: "Mon 19:00 UTC" } }],
  },
]);
