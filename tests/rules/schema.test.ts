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
  {
    name: "languages written by name (in any case) get their tag from the name table",
    plan: edit(plan, ["    languages: [en]\n    timeZones", "    languages: [en, norsk, Norwegian, nederlands, Dutch]\n    timeZones"]),
    expected: [
      { ruleId: rule, messageId: "languageName", line: 21, column: 21, data: { where: "personas[0].languages[1]", name: "norsk", tag: "nb", language: "Norwegian Bokmål" } },
      { ruleId: rule, messageId: "languageName", line: 21, column: 28, data: { where: "personas[0].languages[2]", name: "Norwegian", tag: "nb", language: "Norwegian Bokmål" } },
      { ruleId: rule, messageId: "languageName", line: 21, column: 39, data: { where: "personas[0].languages[3]", name: "nederlands", tag: "nl", language: "Dutch" } },
      { ruleId: rule, messageId: "languageName", line: 21, column: 51, data: { where: "personas[0].languages[4]", name: "Dutch", tag: "nl", language: "Dutch" } },
    ],
  },
  {
    name: "a language name as the key of a translated text, at the key",
    plan: edit(plan, ["      title: Be kind", "      title: { en: Be kind, Nederlands: Wees aardig }"]),
    expected: [{ ruleId: rule, messageId: "languageName", line: 43, column: 29, data: { where: 'The key "Nederlands" in guidelines.rules[0].title', name: "Nederlands", tag: "nl", language: "Dutch" } }],
  },
  {
    name: "a city with a space where its zone belongs",
    plan: edit(plan, ["    timeZones: [Europe/Amsterdam]", "    timeZones: [New York]"]),
    expected: [{ ruleId: rule, messageId: "zoneName", line: 22, column: 17, data: { where: "personas[0].timeZones[0]", name: "New York", zones: '"America/New_York"' } }],
  },
  {
    name: "a word that is no language keeps the format message",
    plan: edit(plan, ["    languages: [en]\n    timeZones", "    languages: [en, Klingonish]\n    timeZones"]),
    expected: [{ ruleId: rule, messageId: "badFormat", line: 21, column: 21, data: { where: "personas[0].languages[1]", format: "a language tag", example: "en or pt-BR" } }],
  },
]);
