import { minimalPlan as plan } from "../helpers/plans.js";
import { edit, testRule } from "../helpers/rule-cases.js";

const rule = "duplicate-key";

testRule(rule, [
  { name: "no repeated keys", plan, expected: [] },
  {
    name: "a repeated key, at the second one",
    plan: edit(plan, ["  cadence: monthly\n", "  cadence: monthly\n  cadence: weekly\n"]),
    expected: [{ ruleId: rule, messageId: "duplicate", line: 58, column: 3, data: { key: "cadence" } }],
  },
]);
