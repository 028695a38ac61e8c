import { minimalPlan as plan } from "../helpers/plans.js";
import { edit, testRule } from "../helpers/rule-cases.js";

const rule = "guidelines-languages";
const bilingual = (p: string) =>
  edit(p, ["  languages: [en]\n  team:", "  languages: [en, nl]\n  team:"], ["      languages: [en]\n      hours", "      languages: [en, nl]\n      hours"]);

testRule(rule, [
  { name: "plain texts cover the one community language", plan, expected: [] },
  {
    name: "no guidelines at all, at the top of the plan",
    plan: edit(plan, ["guidelines:\n  rules:\n    - id: be-kind\n      title: Be kind\n  consequences:\n    - A reminder\n    - A ban\n  reporting: Flag the post.\n", ""]),
    expected: [{ ruleId: rule, messageId: "missing", line: 1, column: 1 }],
  },
  {
    name: "plain texts only cover the first of two languages: each text is reported",
    plan: bilingual(plan),
    expected: [
      { ruleId: rule, messageId: "missingLanguages", line: 43, column: 14, data: { where: "guidelines.rules[0].title", languages: "nl" } },
      { ruleId: rule, messageId: "missingLanguages", line: 45, column: 7, data: { where: "guidelines.consequences[0]", languages: "nl" } },
      { ruleId: rule, messageId: "missingLanguages", line: 46, column: 7, data: { where: "guidelines.consequences[1]", languages: "nl" } },
      { ruleId: rule, messageId: "missingLanguages", line: 47, column: 14, data: { where: "guidelines.reporting", languages: "nl" } },
    ],
  },
  {
    name: "maps in every language pass; a regional tag covers its language",
    plan: edit(
      bilingual(plan),
      ["title: Be kind", "title: { en: Be kind, nl-BE: Wees vriendelijk }"],
      ["    - A reminder\n    - A ban", "    - { en: A reminder, nl: Een herinnering }\n    - { en: A ban, nl: Een verbanning }"],
      ["  reporting: Flag the post.", "  reporting: { en: Flag the post., nl: Meld het bericht. }"],
    ),
    expected: [],
  },
  {
    name: "an explanation in one language only",
    plan: edit(plan, ["      title: Be kind\n", "      title: Be kind\n      explanation: { nl: Wees aardig }\n"]),
    expected: [{ ruleId: rule, messageId: "missingLanguages", line: 44, column: 20, data: { where: "guidelines.rules[0].explanation", languages: "en" } }],
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
