import { defineRule } from "./define-rule.js";
import type { PlanPath } from "../core/finding.js";
import { canonicalTag } from "../strategy/languages.js";
import { guidelineTexts } from "../strategy/localized-texts.js";
import { languageFields } from "../strategy/plan-fields.js";

export default defineRule({
  id: "valid-language-tags",
  kind: "strategy",
  defaultSeverity: "error",
  docs: {
    description: "Languages must be valid BCP 47 tags, written in their canonical form (pt-BR, not pt-br).",
    why: "Language tags decide which guidelines, moderators and sessions count as covering a language, and they end up in rendered documents and calendars. A malformed tag matches nothing, and a non-canonical one (pt-br, iw) is easy to miss when comparing.",
    failing: "personas:\n  - id: member\n    name: Member\n    languages: [en-a]\n    timeZones: [Europe/Amsterdam]\n    communication: async\n    preferredPlatforms: [discourse]\n",
    fixed: "personas:\n  - id: member\n    name: Member\n    languages: [en]\n    timeZones: [Europe/Amsterdam]\n    communication: async\n    preferredPlatforms: [discourse]\n",
  },
  messages: {
    invalid: '"{{tag}}" is not a valid BCP 47 language tag.',
    notCanonical: '"{{tag}}" is written "{{canonical}}" in canonical form.',
  },
  check({ plan, report }) {
    const fields: Array<{ path: PlanPath; value: string; at: "key" | "value" }> = languageFields(plan).map((field) => ({ ...field, at: "value" }));
    // The keys of a localized text are language tags too.
    for (const { path, text } of guidelineTexts(plan)) {
      if (typeof text !== "string") for (const value of Object.keys(text)) fields.push({ path: [...path, value], value, at: "key" });
    }
    for (const { path, value, at } of fields) {
      const canonical = canonicalTag(value);
      if (canonical === undefined) report({ messageId: "invalid", path, at, data: { tag: value } });
      else if (canonical !== value) report({ messageId: "notCanonical", path, at, severity: "warning", data: { tag: value, canonical }, fix: { from: value, to: canonical } });
    }
  },
});
