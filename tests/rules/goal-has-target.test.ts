import { minimalPlan as plan } from "../helpers/plans.js";
import { edit, testRule } from "../helpers/rule-cases.js";

const rule = "goal-has-target";

testRule(rule, [
  { name: "every goal has a target", plan, expected: [] },
  {
    name: "a goal without a target is reported at its id",
    plan: edit(plan, ["    category: engagement\n", "    category: engagement\n  - id: advocacy\n    title: Members recommend us\n"]),
    expected: [{ ruleId: rule, messageId: "noTarget", line: 18, column: 9, data: { id: "advocacy" } }],
  },
  {
    name: "two targets for one goal are fine",
    plan: plan.replace(
      "guidelines:",
      "  - id: members\n    goal: engagement\n    metric: members\n    baseline: 100\n    target: 150\n    unit: members\n    deadline: 2027-06-30\nguidelines:",
    ),
    expected: [],
  },
]);
