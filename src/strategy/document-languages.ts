// Which languages the tool can write its documents in, for the rule document-language: the
// rules may not read render/'s catalogues, so the lists live here, and
// tests/render/labels.test.ts holds them to render/labels/ exactly (add a language there and
// the test says to add it here).
import type { Plan } from "../plan/types.js";

/**
 * Each built-in catalogue and how far its text goes: every document, the guidelines only, or
 * less (a language under way). One entry per language; the lists below follow from it.
 */
const CATALOGUES: Readonly<Record<string, "complete" | "guidelines" | "started">> = {
  de: "complete",
  en: "complete",
  es: "complete",
  fr: "complete",
  ja: "complete",
  nb: "complete",
  nl: "complete",
  sv: "complete",
};

/** Languages with a catalogue at all, complete or under way. */
export const CATALOGUE_LANGUAGES: readonly string[] = Object.keys(CATALOGUES).sort();

/** Languages whose built-in text covers every document: headings, sentences, enum names. */
export const COMPLETE_LANGUAGES: readonly string[] = CATALOGUE_LANGUAGES.filter((lang) => CATALOGUES[lang] === "complete");

/** Languages whose built-in text covers at least the guidelines (headings, promise, footer). */
export const GUIDELINE_LANGUAGES: readonly string[] = CATALOGUE_LANGUAGES.filter((lang) => CATALOGUES[lang] !== "started");

/** Norwegian without a written standard reads as Bokmål. */
const ALIASES: Readonly<Record<string, string>> = { no: "nb", nn: "nb" };

/** The catalogue a BCP 47 tag uses: its base language (`de-AT` → `de`, `no` → `nb`). */
export function catalogueKey(tag: string): string {
  const base = tag.toLowerCase().split("-")[0] ?? "";
  return ALIASES[base] ?? base;
}

/** The language the strategy document and calendar are written in, unless `render --lang` says otherwise. */
export function documentLanguage(plan: Pick<Plan, "community">, lang?: string): string {
  return lang ?? plan.community.documentLanguage ?? plan.community.languages[0] ?? "en";
}
