import type { LocalizedText, Plan } from "../../plan/types.js";
import { sameLanguage } from "../../strategy/languages.js";
import { guidelineTexts as locatedGuidelineTexts } from "../../strategy/localized-texts.js";

/**
 * Text in one language. A plain string is in the community's first language; a map is looked
 * up by tag, the exact tag first, then one the lint rule guidelines-languages counts as the
 * same language (`pt-br` for `pt-BR`, `nl` for `nl-BE`), so render warns about a missing
 * translation exactly where lint does. Undefined when the plan has no text in that language.
 */
export function textIn(text: LocalizedText | undefined, lang: string, firstLanguage: string): string | undefined {
  if (text === undefined) return undefined;
  if (typeof text === "string") return sameLanguage(lang, firstLanguage) ? text : undefined;
  if (text[lang] !== undefined) return text[lang];
  const tag = Object.keys(text).find((key) => sameLanguage(key, lang));
  return tag === undefined ? undefined : text[tag];
}

/** Text in a language, else in the first language, else whatever the map holds first. */
export function textOrFallback(text: LocalizedText | undefined, lang: string, firstLanguage: string): string | null {
  if (text === undefined) return null;
  return textIn(text, lang, firstLanguage) ?? textIn(text, firstLanguage, firstLanguage) ?? Object.values(text)[0] ?? null;
}

/** The same texts, in the same order, as the rule guidelines-languages checks. */
function guidelineTexts(plan: Plan): LocalizedText[] {
  return locatedGuidelineTexts(plan).map((located) => located.text);
}

/** The community's languages in which the plan's guidelines have at least every rule title. */
export function guidelineLanguages(plan: Plan): string[] {
  const first = plan.community.languages[0] ?? "en";
  if (!plan.guidelines) return [];
  return plan.community.languages.filter(
    (lang) =>
      plan.guidelines!.rules.every((rule) => textIn(rule.title, lang, first) !== undefined) &&
      guidelineTexts(plan).some((text) => textIn(text, lang, first) !== undefined),
  );
}

/** How many of the guidelines' texts have no version in `lang` (and fall back to another). */
export function untranslatedCount(plan: Plan, lang: string): number {
  const first = plan.community.languages[0] ?? "en";
  return guidelineTexts(plan).filter((text) => textIn(text, lang, first) === undefined).length;
}
