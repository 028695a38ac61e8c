// Fixed wording in the documents, per language. A missing key falls back to English; a key
// missing from English is a template bug and throws.
import { de } from "./de.js";
import { en } from "./en.js";
import { es } from "./es.js";
import { fr } from "./fr.js";
import { nb } from "./nb.js";
import { nl } from "./nl.js";
import { sv } from "./sv.js";

const catalogues: Record<string, Record<string, string>> = { de, en, es, fr, nb, nl, sv };

/** Norwegian without a written standard reads as Bokmål; regional tags use their base language. */
const aliases: Record<string, string> = { no: "nb", nn: "nb" };

export const labelLanguages: readonly string[] = Object.keys(catalogues).sort();

/** The catalogue for a BCP 47 tag (`de-AT` → `de`), or undefined when we have none. */
export function catalogueLanguage(lang: string): string | undefined {
  const base = lang.toLowerCase().split("-")[0] ?? "";
  const key = aliases[base] ?? base;
  return catalogues[key] ? key : undefined;
}

/** Keys that fall back to English for this language (all of them for an unknown language). */
export function missingLabels(lang: string): string[] {
  const key = catalogueLanguage(lang);
  const own = key ? catalogues[key] : undefined;
  return Object.keys(en).filter((k) => own?.[k] === undefined);
}

export function label(lang: string, key: string, data: Readonly<Record<string, unknown>> = {}): string {
  const code = catalogueLanguage(lang);
  const template = (code ? catalogues[code]?.[key] : undefined) ?? en[key];
  if (template === undefined) throw new Error(`no label "${key}"`);
  return template.replace(/\{(\w+)\}/g, (whole, name: string) => (name in data ? String(data[name]) : whole));
}
