// Fixed wording in the documents, per language. A complete language gives every key (its
// catalogue is typed `Labels`, so a missing key does not compile); a language under way gives
// whole sections and takes the rest from English. `missingSections` says which, so render and
// lint's document-language can name the language instead of mixing silently.
//
// English is always here (it is the fallback); every other catalogue is ~20 KB of code that a
// run needs only for the languages it writes, so each is a dynamic import() (a chunk of its own
// in the bundle), loaded by `loadLabels` where a command knows its languages. The functions
// below stay synchronous: they read what was loaded, and a language asked for before it was
// loaded is a bug that says so, never a silent English.
import { en, type LabelSection, type Labels } from "./en.js";
import type { PartialLabels } from "./partial.js";
import { catalogueKey } from "../../strategy/document-languages.js";

export type { Labels, LabelSection } from "./en.js";
export type { PartialLabels } from "./partial.js";

type Catalogue = Labels | PartialLabels;

const loaders: Readonly<Record<string, () => Promise<Catalogue>>> = {
  de: async () => (await import("./de.js")).de,
  en: async () => en,
  es: async () => (await import("./es.js")).es,
  fr: async () => (await import("./fr.js")).fr,
  ja: async () => (await import("./ja.js")).ja,
  nb: async () => (await import("./nb.js")).nb,
  nl: async () => (await import("./nl.js")).nl,
  sv: async () => (await import("./sv.js")).sv,
};

const loaded = new Map<string, Catalogue>([["en", en]]);

/** The languages with a built-in catalogue, complete or not. */
export const labelLanguages: readonly string[] = Object.keys(loaders).sort();

const sections = Object.keys(en) as LabelSection[];

/** The catalogue for a BCP 47 tag (`de-AT` → `de`), or undefined when we have none. */
export function catalogueLanguage(lang: string): string | undefined {
  const key = catalogueKey(lang);
  return Object.hasOwn(loaders, key) ? key : undefined;
}

/** Loads the catalogues of these languages (BCP 47 tags; those without one are English). */
export async function loadLabels(langs: Iterable<string>): Promise<void> {
  const codes = new Set([...langs].map(catalogueLanguage).filter((code) => code !== undefined));
  await Promise.all([...codes].filter((code) => !loaded.has(code)).map(async (code) => loaded.set(code, await loaders[code]!())));
}

/** Sets catalogues that were imported statically (the library API takes all of them at once). */
export function addLabels(catalogues: Readonly<Record<string, Catalogue>>): void {
  for (const [code, catalogue] of Object.entries(catalogues)) if (Object.hasOwn(loaders, code)) loaded.set(code, catalogue);
}

function catalogue(code: string): Catalogue {
  const own = loaded.get(code);
  if (own === undefined) throw new Error(`the "${code}" labels were not loaded: call loadLabels() first`);
  return own;
}

/** Sections that fall back to English for this language (all of them for an unknown language). */
export function missingSections(lang: string): LabelSection[] {
  const code = catalogueLanguage(lang);
  const own = code === undefined ? undefined : (catalogue(code));
  return sections.filter((section) => own?.[section] === undefined);
}

/** The languages whose catalogue gives every section (all of them loaded first). */
export async function completeLanguages(): Promise<string[]> {
  await loadLabels(labelLanguages);
  return labelLanguages.filter((lang) => missingSections(lang).length === 0);
}

const merged = new Map<string, Labels>();

/** Every label in `lang`, English where its catalogue has no section yet. */
export function labelsFor(lang: string): Labels {
  const code = catalogueLanguage(lang) ?? "en";
  let labels = merged.get(code);
  if (!labels) {
    labels = { ...en, ...(catalogue(code)) };
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
