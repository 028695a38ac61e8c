import type { PlanPath } from "../core/finding.js";
import type { LocalizedText, Plan } from "../plan/types.js";

export interface LocatedText {
  path: PlanPath;
  text: LocalizedText;
}

/** Every localized text in the guidelines, with its path. */
export function guidelineTexts(plan: Plan): LocatedText[] {
  const guidelines = plan.guidelines;
  if (!guidelines) return [];
  const out: LocatedText[] = [];
  guidelines.rules.forEach((rule, index) => {
    out.push({ path: ["guidelines", "rules", index, "title"], text: rule.title });
    if (rule.explanation !== undefined) {
      out.push({ path: ["guidelines", "rules", index, "explanation"], text: rule.explanation });
    }
  });
  guidelines.consequences?.forEach((text, index) => out.push({ path: ["guidelines", "consequences", index], text: text }));
  if (guidelines.reporting !== undefined) out.push({ path: ["guidelines", "reporting"], text: guidelines.reporting });
  return out;
}

/** The languages a text is written in: a plain text counts as the community's first language. */
export function textLanguages(text: LocalizedText, firstLanguage: string): string[] {
  return typeof text === "string" ? [firstLanguage] : Object.keys(text);
}
