import { minimalPlan as plan } from "../helpers/plans.js";
import { edit, testRule } from "../helpers/rule-cases.js";

const rule = "schema";

// tests/lint/schema-diagnostics.test.ts covers the schema's messages in depth; this table keeps
// the rule in the same shape as the others.
testRule(rule, [
  { name: "a well-formed plan", plan, expected: [] },
  {
    name: "an unknown key, at the key",
    plan: edit(plan, ["    deadline: 2027-03-31", "    deadlin: 2027-03-31"]),
    expected: [{ ruleId: rule, messageId: "unknownKey", line: 39, column: 5, data: { key: "deadlin", where: "targets[0]", suggestion: " Did you mean \"deadline\"?" } }],
  },
  {
    name: "strategy rules do not run on a malformed plan",
    plan: edit(plan, ["    deadline: 2027-03-31", "    deadline: 2027-3-31"], ["    goal: engagement", "    goal: nowhere"]),
    expected: [{ ruleId: rule, messageId: "badFormat", line: 39, column: 15, data: { where: "targets[0].deadline", format: "a date", example: "2027-03-31" } }],
  },
]);
