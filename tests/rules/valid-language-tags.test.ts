import { minimalPlan as plan } from "../helpers/plans.js";
import { edit, testRule } from "../helpers/rule-cases.js";

const rule = "valid-language-tags";

testRule(rule, [
  { name: "canonical tags", plan: edit(plan, ["    languages: [en]\n    timeZones", "    languages: [en, pt-BR, zh-Hant-TW]\n    timeZones"]), expected: [] },
  {
    name: "a singleton without its extension is not a tag",
    plan: edit(plan, ["    languages: [en]\n    timeZones", "    languages: [en, en-a]\n    timeZones"]),
    expected: [{ ruleId: rule, messageId: "invalid", line: 21, column: 21, data: { tag: "en-a" } }],
  },
  {
    name: "a lower-case region is a warning with the canonical form",
    plan: edit(plan, ["    languages: [en]\n    timeZones", "    languages: [en, pt-br]\n    timeZones"]),
    expected: [{ ruleId: rule, messageId: "notCanonical", line: 21, column: 21, data: { tag: "pt-br", canonical: "pt-BR" } }],
  },
  {
    name: "a channel's languages",
    plan: edit(plan, ["    languages: [en]\ntargets", "    languages: [en-US-x]\ntargets"]),
    expected: [{ ruleId: rule, messageId: "invalid", line: 31, column: 17, data: { tag: "en-US-x" } }],
  },
  {
    name: "the keys of a localized text, at the key",
    plan: edit(plan, ["      title: Be kind", "      title: { en: Be kind, iw: Be kind in Hebrew }"]),
    expected: [{ ruleId: rule, messageId: "notCanonical", line: 43, column: 29, data: { tag: "iw", canonical: "he" } }],
  },
]);
