import { minimalPlan as plan } from "../helpers/plans.js";
import { edit, testRule } from "../helpers/rule-cases.js";

const rule = "guidelines-enforceable";

testRule(rule, [
  { name: "a consequence ladder and a way to report", plan, expected: [] },
  {
    name: "no consequences, at the guidelines key",
    plan: edit(plan, ["  consequences:\n    - A reminder\n    - A ban\n", ""]),
    expected: [{ ruleId: rule, messageId: "noConsequences", line: 40, column: 1 }],
  },
  {
    name: "an empty ladder counts as none",
    plan: edit(plan, ["  consequences:\n    - A reminder\n    - A ban\n", "  consequences: []\n"]),
    expected: [{ ruleId: rule, messageId: "noConsequences", line: 40, column: 1 }],
  },
  {
    name: "no way to report a problem",
    plan: edit(plan, ["  reporting: Flag the post.\n", ""]),
    expected: [{ ruleId: rule, messageId: "noReporting", line: 40, column: 1 }],
  },
  {
    name: "no guidelines at all is left to guidelines-languages",
    plan: edit(plan, ["guidelines:\n  rules:\n    - id: be-kind\n      title: Be kind\n  consequences:\n    - A reminder\n    - A ban\n  reporting: Flag the post.\n", ""]),
    expected: [{ ruleId: "guidelines-languages", messageId: "missing", line: 1, column: 1 }],
  },
  {
    name: "joining an existing community: the host's guidelines and moderators apply, so nothing is asked here",
    plan: (() => {
      const joined = edit(plan, ["  kind: owned\n", "  kind: joining-existing\n"], ["  languages: [en]\n  team:", "  languages: [en, ja]\n  team:"]);
      return joined.slice(0, joined.indexOf("guidelines:\n")) + joined.slice(joined.indexOf("review:\n"));
    })(),
    expected: [],
  },
]);
