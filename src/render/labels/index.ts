// Fixed wording in the documents, per language. A complete language gives every key (its
// catalogue is typed `Labels`, so a missing key does not compile); a language under way gives
// whole sections and takes the rest from English. `missingSections` says which, so render and
// lint's document-language can name the language instead of mixing silently.
import { de } from "./de.js";
import { en, type LabelSection, type Labels } from "./en.js";
import { es } from "./es.js";
import { fr } from "./fr.js";
import { ja } from "./ja.js";
import { nb } from "./nb.js";
import { nl } from "./nl.js";
import { sv } from "./sv.js";
import type { PartialLabels } from "./partial.js";
import { catalogueKey } from "../../strategy/document-languages.js";

export type { Labels, LabelSection } from "./en.js";
export type { PartialLabels } from "./partial.js";

const catalogues: Readonly<Record<string, Labels | PartialLabels>> = { de, en, es, fr, ja, nb, nl, sv };

/** The languages with a built-in catalogue, complete or not. */
export const labelLanguages: readonly string[] = Object.keys(catalogues).sort();

const sections = Object.keys(en) as LabelSection[];

/** The catalogue for a BCP 47 tag (`de-AT` → `de`), or undefined when we have none. */
export function catalogueLanguage(lang: string): string | undefined {
  const key = catalogueKey(lang);
  return Object.hasOwn(catalogues, key) ? key : undefined;
}

/** Sections that fall back to English for this language (all of them for an unknown language). */
export function missingSections(lang: string): LabelSection[] {
  const code = catalogueLanguage(lang);
  const own = code === undefined ? undefined : (catalogues[code] as PartialLabels);
  return sections.filter((section) => own?.[section] === undefined);
}

/** The languages whose catalogue gives every section. */
export const completeLanguages: readonly string[] = labelLanguages.filter((lang) => missingSections(lang).length === 0);

const merged = new Map<string, Labels>();

/** Every label in `lang`, English where its catalogue has no section yet. */
export function labelsFor(lang: string): Labels {
  const code = catalogueLanguage(lang) ?? "en";
  let labels = merged.get(code);
  if (!labels) {
    labels = { ...en, ...(catalogues[code] as PartialLabels) };
    merged.set(code, labels);
  }
  return labels;
}

/** Keys written before the catalogue had sections; ejected templates may still use them. */
const oldKeys: Readonly<Record<string, string>> = { generated: "footer.generated" };

/**
 * A string label by its dotted path (`guidelines.title`), with `{name}` filled from `data`.
 * Templates call it through `{{t}}`; a path that is not a string is a template bug and throws.
 */
export function label(lang: string, key: string, data: Readonly<Record<string, unknown>> = {}): string {
  let value: unknown = labelsFor(lang);
  for (const part of (oldKeys[key] ?? key).split(".")) {
    value = value !== null && typeof value === "object" && Object.hasOwn(value, part) ? (value as Record<string, unknown>)[part] : undefined;
  }
  if (typeof value !== "string") throw new Error(`no label "${key}"`);
  return value.replace(/\{(\w+)\}/g, (whole, name: string) => (name in data ? String(data[name]) : whole));
}
