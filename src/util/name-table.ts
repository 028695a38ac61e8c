// The names people type for languages and time zones ("norsk", "Dutch", "Oslo", "Norway"),
// one table for the wizard, answers files and lint's suggestions. Exact lookups (case-insensitive)
// decide what a name means; the fuzzy search is only for choosing while typing in the wizard.
// The data is generated (scripts/generate-name-table.mjs records its sources) and parsed on
// first use.
import { NAME_TABLE_JSON } from "./name-table.generated.js";
import { editDistance } from "./closest.js";

interface Table {
  /** [tag, endonym, English name]. */
  languages: Array<[string, string, string]>;
  /** [name, tag]: names of a broader language that plans write as this tag. */
  aliases: Array<[string, string]>;
  countries: Record<string, string>;
  zonesByCountry: Record<string, string[]>;
  zoneCountries: Record<string, string[]>;
}

export interface LanguageEntry {
  tag: string;
  endonym: string;
  english: string;
}

let table: Table | undefined;
let languageIndex: Map<string, string> | undefined;
let zoneIndex: Map<string, string[]> | undefined;

function data(): Table {
  table ??= JSON.parse(NAME_TABLE_JSON) as Table;
  return table;
}

const fold = (name: string) => name.trim().toLowerCase().replace(/[\s_]+/g, " ");

function languages(): Map<string, string> {
  if (languageIndex) return languageIndex;
  const index = new Map<string, string>();
  for (const [tag, endonym, english] of data().languages) {
    for (const name of [tag, endonym, english, languageLabel(tag)]) if (!index.has(fold(name))) index.set(fold(name), tag);
  }
  for (const [name, tag] of data().aliases) if (!index.has(fold(name))) index.set(fold(name), tag);
  languageIndex = index;
  return index;
}

function entry(tag: string): LanguageEntry | undefined {
  const row = data().languages.find(([known]) => known.toLowerCase() === tag.toLowerCase());
  return row ? { tag: row[0], endonym: row[1], english: row[2] } : undefined;
}

/** "norsk bokmål · Norwegian Bokmål — nb"; just the tag when the table does not know it. */
export function languageLabel(tag: string): string {
  const known = entry(tag);
  if (!known) return tag;
  return known.endonym.toLowerCase() === known.english.toLowerCase() ? `${known.english} — ${known.tag}` : `${known.endonym} · ${known.english} — ${known.tag}`;
}

/** The English name, for questions written in English ("in Norwegian Bokmål"); the tag when unknown. */
export function languageName(tag: string): string {
  return entry(tag)?.english ?? tag;
}

/** The tag a name means, exactly (any case): "norsk", "Norwegian", "Nederlands", "Dutch", a label. */
export function languageByName(name: string): string | undefined {
  const found = languages().get(fold(name));
  // A tag typed as a tag is the caller's to check and canonicalise; only names are answered here.
  return found !== undefined && fold(name) !== found.toLowerCase() ? found : undefined;
}

/** Languages whose names start with, contain, or nearly spell what was typed; for typing only. */
export function searchLanguages(term: string): LanguageEntry[] {
  const typed = fold(term);
  if (typed === "") return [];
  const scored = data().languages.map(([tag, endonym, english]) => ({ item: { tag, endonym, english }, score: score(typed, [tag, endonym, english]) }));
  return scored.filter((row) => row.score < 3).sort((a, b) => a.score - b.score).map((row) => row.item);
}

/** "Oslo" for Europe/Oslo, "New York" for America/New_York, "Buenos Aires" for America/Argentina/Buenos_Aires. */
export function cityOf(zone: string): string {
  return (zone.split("/").at(-1) ?? zone).replace(/_/g, " ");
}

function zones(): Map<string, string[]> {
  if (zoneIndex) return zoneIndex;
  const index = new Map<string, string[]>();
  const add = (name: string, found: string[]) => {
    const key = fold(name);
    index.set(key, [...new Set([...(index.get(key) ?? []), ...found])]);
  };
  for (const zone of Object.keys(data().zoneCountries)) add(cityOf(zone), [zone]);
  for (const [code, list] of Object.entries(data().zonesByCountry)) {
    const country = data().countries[code];
    if (!country) continue;
    add(country, list);
    // "Britain (UK)" is also "Britain"; "Korea (South)" stays whole, as "Korea" would be ambiguous.
    const short = /^(.+) \([A-Z]{2,3}\)$/.exec(country);
    if (short) add(short[1]!, list);
  }
  zoneIndex = index;
  return index;
}

/** The zones a city or country name means, exactly (any case): "oslo" → [Europe/Oslo]; a country may have several. */
export function zonesByName(name: string): string[] {
  return zones().get(fold(name)) ?? [];
}

/** "Oslo · Norway — Europe/Oslo". */
export function zoneLabel(zone: string): string {
  const countries = (data().zoneCountries[zone] ?? []).map((code) => data().countries[code]).filter(Boolean);
  return countries.length > 0 ? `${cityOf(zone)} · ${countries.slice(0, 3).join(", ")}${countries.length > 3 ? " …" : ""} — ${zone}` : zone;
}

/** Zones whose city or country starts with, contains, or nearly spells what was typed; for typing only. */
export function searchZones(term: string): string[] {
  const typed = fold(term);
  if (typed === "") return [];
  const rows = Object.entries(data().zoneCountries).map(([zone, codes]) => ({
    zone,
    score: score(typed, [cityOf(zone), zone, ...codes.map((code) => data().countries[code] ?? "")]),
  }));
  return rows.filter((row) => row.score < 3).sort((a, b) => a.score - b.score || (a.zone < b.zone ? -1 : 1)).map((row) => row.zone);
}

/** 0 exact, 1 starts with, 2 contains or one typo away; 3 and up no match. */
function score(typed: string, names: readonly string[]): number {
  let best = 3;
  for (const name of names.map(fold)) {
    if (name === typed) return 0;
    if (name.startsWith(typed) || name.split(/[ /(]/).some((word) => word.startsWith(typed))) best = Math.min(best, 1);
    else if (name.includes(typed)) best = Math.min(best, 2);
    else if (typed.length >= 4 && nearlyStartsWith(name, typed)) best = Math.min(best, 2);
  }
  return best;
}

/** One typo away from the name or from its start ("norsek" for "norsk bokmål"). */
function nearlyStartsWith(name: string, typed: string): boolean {
  for (const length of [typed.length - 1, typed.length, typed.length + 1]) if (editDistance(typed, name.slice(0, length)) <= 1) return true;
  return false;
}
