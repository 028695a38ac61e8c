import { defineRule } from "./define-rule.js";
import { CATALOGUE_LANGUAGES, catalogueKey, COMPLETE_LANGUAGES, GUIDELINE_LANGUAGES } from "../strategy/document-languages.js";
import type { PlanPath } from "../core/finding.js";

const plan = (languages: string, documentLanguage = "") =>
  "community:\n  name: Test community\n  purpose: A plan for tests.\n  kind: owned\n  timeZone: Europe/Amsterdam\n" +
  `  languages: [${languages}]\n${documentLanguage ? `  documentLanguage: ${documentLanguage}\n` : ""}  team:\n    people: 1\n    hoursPerWeek: 20\n`;

export default defineRule({
  id: "document-language",
  kind: "strategy",
  defaultSeverity: "warning",
  docs: {
    description: "The documents' languages have built-in text: the document language for the strategy document and calendar, each community language for its guidelines.",
    why: "Render writes every heading, label and computed sentence in the document's language, from built-in text (en, nl, nb, sv, de, fr, es and ja). For a language without it, or whose text is still being written, those words fall back to English, and a reader gets a document in two languages. The warning names the language once, so the mix is never silent: choose `community.documentLanguage` (or `render --lang`) from the languages with complete text, or accept English around the plan's own words.",
    failing: plan("en", "pt-BR"),
    fixed: plan("en", "nl"),
  },
  messages: {
    unknown: 'There is no built-in text in "{{language}}": {{what}} will use English for every heading and fixed word.',
    incomplete: 'The built-in text in "{{language}}" is not complete yet: {{what}} will use English where it is missing.',
  },
  check({ plan, report }) {
    const c = plan.community;
    const warned = new Set<string>();
    const check = (tag: string, path: PlanPath, what: string, covered: readonly string[]) => {
      const key = catalogueKey(tag);
      if (covered.includes(key) || warned.has(key)) return;
      warned.add(key);
      report({ messageId: CATALOGUE_LANGUAGES.includes(key) ? "incomplete" : "unknown", path, data: { language: tag, what } });
    };
    const documentLanguage = c.documentLanguage ?? c.languages[0];
    if (documentLanguage !== undefined) {
      const path: PlanPath = c.documentLanguage === undefined ? ["community", "languages", 0] : ["community", "documentLanguage"];
      check(documentLanguage, path, "the strategy document and the calendar", COMPLETE_LANGUAGES);
    }
    if (plan.guidelines) c.languages.forEach((tag, i) => { check(tag, ["community", "languages", i], `the ${tag} guidelines`, GUIDELINE_LANGUAGES); });
  },
});
