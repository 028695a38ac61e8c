import { minimalPlan as plan } from "../helpers/plans.js";
import { edit, testRule } from "../helpers/rule-cases.js";

const rule = "moderator-languages";

testRule(rule, [
  { name: "the moderator speaks the community's language", plan, expected: [] },
  {
    name: "a community language no moderator speaks, at the language",
    plan: edit(plan, ["      languages: [en]\n      hours", "      languages: [de]\n      hours"]),
    expected: [{ ruleId: rule, messageId: "unspoken", line: 7, column: 15, data: { language: "en" } }],
  },
  {
    name: "en-GB covers en",
    plan: edit(plan, ["      languages: [en]\n      hours", "      languages: [en-GB]\n      hours"]),
    expected: [],
  },
  {
    name: "two moderators between them cover two languages",
    plan: edit(
      plan,
      ["  languages: [en]\n  team:", "  languages: [en, nl]\n  team:"],
      ["title: Be kind", "title: { en: Be kind, nl: Wees vriendelijk }"],
      ["    - A reminder\n    - A ban", "    - { en: A reminder, nl: Een herinnering }\n    - { en: A ban, nl: Een verbanning }"],
      ["  reporting: Flag the post.", "  reporting: { en: Flag the post., nl: Meld het bericht. }"],
      ["  responseTime: 48h", "    - id: noor\n      name: Noor\n      timeZone: Europe/Brussels\n      languages: [nl]\n  responseTime: 48h"],
    ),
    expected: [],
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
