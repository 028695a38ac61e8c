import { minimalPlan as plan } from "../helpers/plans.js";
import { edit, testRule } from "../helpers/rule-cases.js";

const rule = "document-language";
// Guidelines and moderators in several languages are other rules' business here.
const quiet = "lint:\n  rules:\n    guidelines-languages: off\n    moderator-languages: off\n    language-has-content: off\n";
const languages = (list: string) => edit(plan, ["  languages: [en]\n", `  languages: [${list}]\n`]) + quiet;
const guidelines = "guidelines:\n  rules:\n    - id: be-kind\n      title: Be kind\n  consequences:\n    - A reminder\n    - A ban\n  reporting: Flag the post.\n";
const withoutGuidelines = (text: string) => edit(text, [guidelines, ""]);

testRule(rule, [
  { name: "English, Dutch and Norwegian documents are complete", plan: languages("nl, en"), expected: [] },
  { name: "Norwegian without a written standard reads as Bokmål", plan: languages("no"), expected: [] },
  {
    name: "a language with no built-in text: once, at the first community language",
    plan: languages("pt-BR"),
    expected: [{ ruleId: rule, messageId: "unknown", line: 7, column: 15, data: { language: "pt-BR", what: "the strategy document and the calendar" } }],
  },
  {
    // Every built-in catalogue is complete now (en, nl, nb, sv, de, fr, es, ja): none is "under way".
    name: "a built-in language with complete text: no warning",
    plan: languages("ja"),
    expected: [],
  },
  {
    name: "documentLanguage chooses the strategy document's language; the rule points at it",
    plan: edit(languages("pt-BR, en"), ["  team:", "  documentLanguage: ja\n  team:"]),
    expected: [
      { ruleId: rule, messageId: "unknown", line: 7, column: 15, data: { language: "pt-BR", what: "the pt-BR guidelines" } },
    ],
  },
  {
    name: "with guidelines, each community language is judged for its guidelines",
    plan: edit(languages("pt-BR, en"), ["  team:", "  documentLanguage: en\n  team:"]),
    expected: [{ ruleId: rule, messageId: "unknown", line: 7, column: 15, data: { language: "pt-BR", what: "the pt-BR guidelines" } }],
  },
  { name: "a documentLanguage with complete text, and no guidelines: the other languages are not judged", plan: withoutGuidelines(edit(languages("pt-BR, en"), ["  team:", "  documentLanguage: en\n  team:"])), expected: [] },
  {
    name: "guidelines are written per community language: German guideline text is built in, Portuguese is not",
    plan: languages("en, de, pt"),
    expected: [{ ruleId: rule, messageId: "unknown", line: 7, column: 23, data: { language: "pt", what: "the pt guidelines" } }],
  },
  {
    name: "one warning per language, even when it is both the document language and a guidelines language",
    plan: languages("pt, en"),
    expected: [{ ruleId: rule, messageId: "unknown", line: 7, column: 15, data: { language: "pt", what: "the strategy document and the calendar" } }],
  },
]);
