import { minimalPlan as plan } from "../helpers/plans.js";
import { edit, testRule } from "../helpers/rule-cases.js";

const rule = "smart-targets";

testRule(rule, [
  { name: "a SMART target", plan, expected: [] },
  {
    name: "no baseline, unit or deadline: one finding at the target",
    plan: edit(plan, ["    baseline: 2\n", ""], ["    unit: comments\n", ""], ["    deadline: 2027-03-31\n", ""]),
    expected: [{ ruleId: rule, messageId: "missing", line: 33, column: 5, data: { id: "comments", parts: "baseline, unit or deadline" } }],
  },
  {
    name: "a target missing only its unit",
    plan: edit(plan, ["    unit: comments\n", ""]),
    expected: [{ ruleId: rule, messageId: "missing", line: 33, column: 5, data: { id: "comments", parts: "unit" } }],
  },
  {
    name: "neither target nor change",
    plan: edit(plan, ['    change: "+15%"\n', ""]),
    expected: [{ ruleId: rule, messageId: "missing", line: 33, column: 5, data: { id: "comments", parts: "target or change" } }],
  },
  {
    name: "a target equal to the baseline",
    plan: edit(plan, ['    change: "+15%"', "    target: 2"]),
    expected: [{ ruleId: rule, messageId: "noChange", line: 37, column: 13, data: { id: "comments", baseline: 2 } }],
  },
  {
    name: "a change of 0%",
    plan: edit(plan, ['    change: "+15%"', '    change: "+0%"']),
    expected: [{ ruleId: rule, messageId: "noChange", line: 37, column: 13, data: { id: "comments", baseline: 2 } }],
  },
  {
    name: "a decrease asked for where the direction says increase",
    plan: edit(plan, ['    change: "+15%"', '    change: "-15%"\n    direction: increase']),
    expected: [{ ruleId: rule, messageId: "wrongDirection", line: 37, column: 13, data: { id: "comments", direction: "increase" } }],
  },
  {
    name: "a higher target where lower is better",
    plan: edit(plan, ['    change: "+15%"', "    target: 3\n    direction: decrease"]),
    expected: [{ ruleId: rule, messageId: "wrongDirection", line: 37, column: 13, data: { id: "comments", direction: "decrease" } }],
  },
  {
    name: "a lower target with direction decrease is fine",
    plan: edit(plan, ['    change: "+15%"', "    target: 1\n    direction: decrease"]),
    expected: [],
  },
  {
    name: "a deadline that is today has passed",
    plan: edit(plan, ["  start: 2027-01-01", "  start: 2026-01-01"], ["deadline: 2027-03-31", "deadline: 2026-11-24"]),
    expected: [{ ruleId: rule, messageId: "deadlinePassed", line: 39, column: 15, data: { deadline: "2026-11-24", today: "2026-11-24" } }],
  },
  {
    name: "a deadline after the horizon",
    plan: edit(plan, ["deadline: 2027-03-31", "deadline: 2028-03-31"]),
    expected: [{ ruleId: rule, messageId: "afterHorizon", line: 39, column: 15, data: { deadline: "2028-03-31", end: "2027-12-31" } }],
  },
  {
    name: "a deadline before the horizon starts",
    plan: edit(plan, ["  start: 2027-01-01", "  start: 2027-06-01"]),
    expected: [{ ruleId: rule, messageId: "beforeHorizon", line: 39, column: 15, data: { deadline: "2027-03-31", start: "2027-06-01" } }],
  },
  {
    name: "a deadline on the horizon's first day is inside it",
    plan: edit(plan, ["  start: 2027-01-01", "  start: 2027-03-31"]),
    expected: [],
  },
  {
    name: "a deadline on the horizon's last day is inside it",
    plan: edit(plan, ["  end: 2027-12-31", "  end: 2027-03-31"]),
    expected: [],
  },
  {
    name: "a deadline the day after today is in the future",
    plan,
    options: { today: "2027-03-30" },
    expected: [],
  },
  {
    name: "without a horizon only today counts",
    plan: edit(plan, ["horizon:\n  start: 2027-01-01\n  end: 2027-12-31\n", ""], ["deadline: 2027-03-31", "deadline: 2029-03-31"]),
    expected: [],
  },
  {
    name: "--today moves what counts as the past",
    plan,
    options: { today: "2027-04-01" },
    expected: [{ ruleId: rule, messageId: "deadlinePassed", line: 39, column: 15, data: { deadline: "2027-03-31", today: "2027-04-01" } }],
  },
  {
    name: "a date that does not exist is left to valid-dates",
    plan: edit(plan, ["deadline: 2027-03-31", "deadline: 2027-02-30"]),
    expected: [{ ruleId: "valid-dates", messageId: "notADate", line: 39, column: 15, data: { value: "2027-02-30" } }],
  },
]);
