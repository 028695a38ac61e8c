import { minimalPlan as plan } from "../helpers/plans.js";
import { edit, testRule } from "../helpers/rule-cases.js";

const rule = "disable-comments";
const noDeadline = edit(plan, ["    deadline: 2027-03-31\n", ""]);
const disable = (comment: string) => edit(noDeadline, ["  - id: comments", `  # ${comment}\n  - id: comments`]);

testRule(rule, [
  {
    name: "the finding it would suppress, without a comment",
    plan: noDeadline,
    expected: [{ ruleId: "smart-targets", messageId: "missing", line: 33, column: 5, data: { id: "comments", parts: "deadline" } }],
  },
  {
    name: "a comment with a rule id and a reason suppresses the finding on the next line",
    plan: disable("community-plan-disable-next-line smart-targets -- set after the March board meeting"),
    expected: [],
  },
  {
    name: "blank and comment lines between the comment and its line are skipped",
    plan: edit(noDeadline, ["  - id: comments", "  # community-plan-disable-next-line smart-targets -- pending\n\n  # the target for Q1\n  - id: comments"]),
    expected: [],
  },
  {
    name: "several rule ids, separated by commas",
    plan: disable("community-plan-disable-next-line smart-targets, valid-dates -- pending"),
    expected: [],
  },
  {
    name: "without a reason it is malformed and suppresses nothing",
    plan: disable("community-plan-disable-next-line smart-targets"),
    expected: [
      { ruleId: rule, messageId: "missingReason", line: 33, column: 3, data: {  } },
      { ruleId: "smart-targets", messageId: "missing", line: 34, column: 5, data: { id: "comments", parts: "deadline" } },
    ],
  },
  {
    name: "an empty reason is no reason",
    plan: disable("community-plan-disable-next-line smart-targets --   "),
    expected: [
      { ruleId: rule, messageId: "missingReason", line: 33, column: 3, data: {  } },
      { ruleId: "smart-targets", messageId: "missing", line: 34, column: 5, data: { id: "comments", parts: "deadline" } },
    ],
  },
  {
    name: "an unknown rule id",
    plan: disable("community-plan-disable-next-line smart-target -- pending"),
    expected: [
      { ruleId: rule, messageId: "unknownRule", line: 33, column: 3, data: { id: "smart-target", suggestion: " Did you mean \"smart-targets\"?" } },
      { ruleId: "smart-targets", messageId: "missing", line: 34, column: 5, data: { id: "comments", parts: "deadline" } },
    ],
  },
  {
    name: "no rule id",
    plan: disable("community-plan-disable-next-line -- pending"),
    expected: [
      { ruleId: rule, messageId: "noRules", line: 33, column: 3, data: {  } },
      { ruleId: "smart-targets", messageId: "missing", line: 34, column: 5, data: { id: "comments", parts: "deadline" } },
    ],
  },
  {
    name: "a directive that does not exist",
    plan: disable("community-plan-disable-block smart-targets -- pending"),
    expected: [
      { ruleId: rule, messageId: "unknownDirective", line: 33, column: 3, data: { directive: "community-plan-disable-block" } },
      { ruleId: "smart-targets", messageId: "missing", line: 34, column: 5, data: { id: "comments", parts: "deadline" } },
    ],
  },
  {
    name: "a block disable covers the lines below it, to the end of the file when never enabled",
    plan: disable("community-plan-disable smart-targets -- pending"),
    expected: [],
  },
  {
    name: "a block ends at its enable comment",
    plan: edit(noDeadline, ["  - id: comments", "  # community-plan-disable smart-targets -- pending\n  # community-plan-enable smart-targets\n  - id: comments"]),
    options: { reportUnusedDisables: true },
    expected: [
      { ruleId: rule, messageId: "unused", line: 33, column: 3, data: { id: "smart-targets" } },
      { ruleId: "smart-targets", messageId: "missing", line: 35, column: 5, data: { id: "comments", parts: "deadline" } },
    ],
  },
  {
    name: "an enable closes only the ids it names",
    plan: edit(noDeadline, ["  - id: comments", "  # community-plan-disable smart-targets, valid-dates -- pending\n  # community-plan-enable valid-dates\n  - id: comments"]),
    expected: [],
  },
  {
    name: "a block needs a reason like any disable comment",
    plan: disable("community-plan-disable smart-targets"),
    expected: [
      { ruleId: rule, messageId: "missingReason", line: 33, column: 3, data: {} },
      { ruleId: "smart-targets", messageId: "missing", line: 34, column: 5, data: { id: "comments", parts: "deadline" } },
    ],
  },
  {
    name: "disable-line at the end of a line covers that line",
    plan: edit(noDeadline, ["  - id: comments", "  - id: comments # community-plan-disable-line smart-targets -- pending"]),
    expected: [],
  },
  {
    name: "disable-line covers only its own line",
    plan: edit(noDeadline, ["  - id: comments", "  # community-plan-disable-line smart-targets -- pending\n  - id: comments"]),
    options: { reportUnusedDisables: true },
    expected: [
      { ruleId: rule, messageId: "unused", line: 33, column: 3, data: { id: "smart-targets" } },
      { ruleId: "smart-targets", messageId: "missing", line: 34, column: 5, data: { id: "comments", parts: "deadline" } },
    ],
  },
  {
    name: "text inside a block scalar is not a comment",
    plan: edit(noDeadline, ["  purpose: A plan for tests.", "  purpose: |\n    # community-plan-disable-next-line nonsense\n    A plan for tests."]),
    expected: [{ ruleId: "smart-targets", messageId: "missing", line: 35, column: 5, data: { id: "comments", parts: "deadline" } }],
  },
  {
    name: "a comment that suppresses nothing is fine by default",
    plan: edit(plan, ["  - id: comments", "  # community-plan-disable-next-line smart-targets -- pending\n  - id: comments"]),
    expected: [],
  },
  {
    name: "with --report-unused-disables it is reported",
    plan: edit(plan, ["  - id: comments", "  # community-plan-disable-next-line smart-targets -- pending\n  - id: comments"]),
    options: { reportUnusedDisables: true },
    expected: [{ ruleId: rule, messageId: "unused", line: 33, column: 3, data: { id: "smart-targets" } }],
  },
  {
    name: "with --report-unused-disables, only the unused id of two is reported",
    plan: disable("community-plan-disable-next-line smart-targets, valid-dates -- pending"),
    options: { reportUnusedDisables: true },
    expected: [{ ruleId: rule, messageId: "unused", line: 33, column: 3, data: { id: "valid-dates" } }],
  },
  {
    name: "with --report-unused-disables, nothing is called unused while the plan does not pass the schema",
    plan: edit(plan, ["  - id: comments", "  # community-plan-disable-next-line smart-targets -- pending\n  - id: comments"], ["    deadline: 2027-03-31", "    deadline: 2027-3-31"]),
    options: { reportUnusedDisables: true },
    expected: [{ ruleId: "schema", messageId: "badFormat", line: 40, column: 15, data: { where: "targets[0].deadline", format: "a date", example: "2027-03-31" } }],
  },
]);
