import { minimalPlan as plan } from "../helpers/plans.js";
import { edit, testRule } from "../helpers/rule-cases.js";

const rule = "review-loop";

testRule(rule, [
  { name: "a monthly review with a survey and member feedback", plan, expected: [] },
  {
    name: "no review at all",
    plan: edit(plan, ["review:\n  cadence: monthly\n  feedback: [survey]\n  qualitativeSignals: [member-feedback]\n", ""]),
    expected: [{ ruleId: rule, messageId: "missing", line: 1, column: 1 }],
  },
  {
    name: "numbers only, at the review key",
    plan: edit(plan, ["  qualitativeSignals: [member-feedback]\n", "  metrics: [members]\n"]),
    expected: [{ ruleId: rule, messageId: "noQualitative", line: 56, column: 1 }],
  },
  {
    name: "an empty list of signals counts as none",
    plan: edit(plan, ["  qualitativeSignals: [member-feedback]", "  qualitativeSignals: []"]),
    expected: [{ ruleId: rule, messageId: "noQualitative", line: 56, column: 1 }],
  },
  {
    name: "no way to ask members: a warning",
    plan: edit(plan, ["  feedback: [survey]\n", ""]),
    expected: [{ ruleId: rule, messageId: "noFeedback", line: 56, column: 1 }],
  },
]);
