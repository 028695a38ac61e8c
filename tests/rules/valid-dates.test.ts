import { describe, expect, it } from "vitest";
import { lintText } from "../../src/lint/lint-text.js";
import { minimalPlan as plan, TODAY } from "../helpers/plans.js";
import { edit, testRule } from "../helpers/rule-cases.js";

const rule = "valid-dates";
const launch = (date: string, ...dues: string[]) =>
  `launch:\n  date: ${date}\n  steps:\n` + dues.map((due, i) => `    - title: Step ${i + 1}\n      due: ${due}\n`).join("");
const contest = `engagement:
  contests:
    - id: photo
      title: Photo contest
      start: 2027-05-10
      end: 2027-05-01
      prize: A camera
      rules: https://example.org/rules
      jurisdictions: [NL]
      legalReview: Legal, 2027-01-10
`;

testRule(rule, [
  { name: "real dates in order", plan, expected: [] },
  {
    name: "February 30th in the horizon",
    plan: edit(plan, ["  end: 2027-12-31", "  end: 2027-02-30"]),
    expected: [{ ruleId: rule, messageId: "notADate", line: 13, column: 8, data: { value: "2027-02-30" } }],
  },
  {
    name: "month 13 in a deadline",
    plan: edit(plan, ["deadline: 2027-03-31", "deadline: 2027-13-01"]),
    expected: [{ ruleId: rule, messageId: "notADate", line: 39, column: 15, data: { value: "2027-13-01" } }],
  },
  {
    name: "29 February in a leap year is real",
    plan: edit(plan, ["deadline: 2027-03-31", "deadline: 2028-02-29"], ["  end: 2027-12-31", "  end: 2028-12-31"]),
    expected: [],
  },
  {
    name: "a horizon that ends before it starts, at the end",
    plan: edit(plan, ["  end: 2027-12-31", "  end: 2026-12-31"]),
    expected: [
      { ruleId: rule, messageId: "endBeforeStart", line: 13, column: 8, data: { start: "2027-01-01", end: "2026-12-31" } },
      { ruleId: "smart-targets", messageId: "afterHorizon", line: 39, column: 15, data: { deadline: "2027-03-31", end: "2026-12-31" } },
    ],
  },
  {
    name: "a contest that closes before it opens",
    plan: plan + contest,
    expected: [{ ruleId: rule, messageId: "endBeforeStart", line: 65, column: 12, data: { start: "2027-05-10", end: "2027-05-01" } }],
  },
  {
    name: "launch, steps, events and blackouts are checked too",
    plan:
      plan +
      "launch:\n  date: 2027-04-31\n  steps:\n    - title: Invite members\n      due: 2027-02-29\ncontent:\n  blackouts:\n    - from: 2027-12-24\n      to: 2027-12-32\n",
    expected: [
      { ruleId: rule, messageId: "notADate", line: 61, column: 9, data: { value: "2027-04-31" } },
      { ruleId: rule, messageId: "notADate", line: 64, column: 12, data: { value: "2027-02-29" } },
      { ruleId: rule, messageId: "notADate", line: 68, column: 11, data: { value: "2027-12-32" } },
    ],
  },
  {
    name: "a team member's away period, both ends and its order",
    plan: edit(plan, [
      "    people: 1\n    hoursPerWeek: 20\n",
      "    members:\n      - id: sam\n        name: Sam\n        role: Lead\n        hoursPerWeek: 20\n        away:\n          - { from: 2027-02-30, to: 2027-03-01 }\n          - { from: 2027-08-10, to: 2027-08-01 }\n",
    ]),
    expected: [
      { ruleId: rule, messageId: "notADate", line: 15, column: 21, data: { value: "2027-02-30" } },
      { ruleId: rule, messageId: "endBeforeStart", line: 16, column: 37, data: { start: "2027-08-10", end: "2027-08-01" } },
    ],
  },
  {
    name: "a launch step due on or before the launch is fine",
    plan: plan + launch("2027-02-01", "2027-01-25", "2027-02-01"),
    expected: [],
  },
  {
    name: "a launch step due after the launch, at its due date",
    plan: plan + launch("2027-02-01", "2027-01-25", "2027-02-08"),
    expected: [{ ruleId: rule, messageId: "stepAfterLaunch", line: 66, column: 12, data: { due: "2027-02-08", launch: "2027-02-01" } }],
  },
  {
    name: "a launch outside the horizon, at its date",
    plan: plan + launch("2028-02-01", "2028-01-25", "2028-01-30"),
    expected: [{ ruleId: rule, messageId: "launchOutsideHorizon", line: 61, column: 9, data: { launch: "2028-02-01", start: "2027-01-01", end: "2027-12-31" } }],
  },
]);

describe("launch findings", () => {
  it("are warnings: the dates are real, the plan is not", async () => {
    const result = await lintText(plan + launch("2027-02-01", "2027-01-25", "2027-02-08"), "plan.yaml", { today: TODAY });
    expect(result.diagnostics.map((d) => [d.messageId, d.severity])).toEqual([["stepAfterLaunch", "warning"]]);
  });
});
