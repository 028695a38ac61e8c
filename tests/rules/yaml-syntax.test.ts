import { minimalPlan as plan } from "../helpers/plans.js";
import { edit, testRule } from "../helpers/rule-cases.js";

const rule = "yaml-syntax";

testRule(rule, [
  { name: "valid YAML", plan, expected: [] },
  {
    name: "an unclosed flow sequence reports only the first error",
    plan: edit(plan, ["    title: More conversation", "    title: [More conversation"]),
    expected: [{ ruleId: rule, messageId: "syntax", line: 17, column: 5, data: { message: "Flow sequence in block collection must be sufficiently indented and end with a ]" } }],
  },
  {
    name: "a custom tag",
    plan: edit(plan, ["    title: More conversation", "    title: !secret More conversation"]),
    expected: [{ ruleId: rule, messageId: "tag", line: 16, column: 12, data: { tag: "!secret" } }],
  },
]);
