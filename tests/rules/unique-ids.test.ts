import { minimalPlan as plan } from "../helpers/plans.js";
import { edit, testRule } from "../helpers/rule-cases.js";

const rule = "unique-ids";

testRule(rule, [
  { name: "unique ids", plan, expected: [] },
  {
    name: "a second goal with the same id, at the second id",
    plan: edit(plan, ["    category: engagement\n", "    category: engagement\n  - id: engagement\n    title: Even more conversation\n"]),
    expected: [{ ruleId: rule, messageId: "duplicate", line: 18, column: 9, data: { id: "engagement", section: "goals", first: 0 } }],
  },
  {
    name: "the same id in different sections is fine",
    plan: edit(plan, ["  - id: comments", "  - id: engagement"]),
    expected: [],
  },
]);
