// Parsers for every kind of answer. Each accepts what a person types (a string) and what an
// answers file holds (a string, number, boolean or list) and explains a refusal in one sentence.
import { schemaPatterns } from "../plan/schema-patterns.js";
import { isIsoDate } from "../time/dates.js";
import { fail, ok, type Parsed } from "./question.js";
import { canonicalTimeZone } from "./time-zones.js";
import { cityOf, languageByName, languageName, searchLanguages, searchZones, zonesByName } from "../util/name-table.js";

export function text(raw: unknown, what: string): Parsed<string> {
  if (typeof raw !== "string" && typeof raw !== "number") return fail(`Write ${what} as text.`);
  const value = String(raw).trim();
  return value === "" ? fail(`Write ${what}; it cannot be empty.`) : ok(value);
}

/** Optional free text: empty means "leave it out". */
export function optionalText(raw: unknown): Parsed<string> {
  if (raw === undefined || raw === null) return ok("");
  if (typeof raw !== "string" && typeof raw !== "number") return fail("Write this as text, or leave it empty.");
  return ok(String(raw).trim());
}

/** A list typed with a separator, or given as a list in an answers file. */
export function list(raw: unknown, separator: "," | ";"): Parsed<string[]> {
  if (raw === undefined || raw === null) return ok([]);
  if (Array.isArray(raw)) return ok(raw.map((item) => String(item).trim()).filter(Boolean));
  if (typeof raw !== "string") return fail(`Give a list, separated by "${separator}".`);
  return ok(raw.split(separator).map((item) => item.trim()).filter(Boolean));
}

export function timeZone(raw: unknown): Parsed<string> {
  if (typeof raw !== "string" || raw.trim() === "") return fail("Pick a time zone: type a city or country, such as Amsterdam or Norway.");
  // A place's name before a legacy zone of the same name ("Japan" is Asia/Tokyo, not the old link "Japan").
  const named = raw.includes("/") ? [] : zoneForName(raw);
  const zone = typeof named === "string" ? named : (canonicalTimeZone(raw) ?? named);
  if (typeof zone === "string") return ok(zone);
  if (zone.length > 1) return fail(`${raw.trim()} has ${zone.length} time zones; name a city instead, such as ${zone.slice(0, 3).map(cityOf).join(", ")}.`);
  const near = searchZones(raw).slice(0, 3).map(cityOf);
  const what = raw.includes("/") ? `"${raw.trim()}" is not a time zone` : `No time zone is known for a city or country called "${raw.trim()}"`;
  return fail(`${what}; ${near.length > 0 ? `did you mean ${near.join(", ")}?` : "type a city or country, such as Amsterdam or Norway."}`);
}

/** The one zone a city or country name means, or every zone it could mean. */
function zoneForName(name: string): string | string[] {
  const zones = zonesByName(name);
  return zones.length === 1 ? zones[0]! : zones;
}

export function timeZones(raw: unknown): Parsed<string[]> {
  const items = list(raw, ",");
  if (!items.ok) return items;
  const result: string[] = [];
  for (const item of items.value) {
    const zone = timeZone(item);
    if (!zone.ok) return zone;
    if (!result.includes(zone.value)) result.push(zone.value);
  }
  return ok(result);
}

const languagePattern = new RegExp(schemaPatterns.language);

/**
 * Languages by name ("norsk", "Dutch", "English") or by tag ("pt-BR"), exactly and in any case;
 * tags are canonicalised by Intl.getCanonicalLocales ("EN-gb" becomes "en-GB").
 */
export function languages(raw: unknown, { allowEmpty = false } = {}): Parsed<string[]> {
  const items = list(raw, ",");
  if (!items.ok) return items;
  if (items.value.length === 0 && !allowEmpty) return fail("Name at least one language, such as English or Nederlands.");
  const result: string[] = [];
  for (const item of items.value) {
    const canonical = languageByName(item) ?? canonicalLanguageTag(item);
    if (!canonical) {
      const near = searchLanguages(item).slice(0, 3).map((language) => language.english);
      return fail(`"${item}" is not a language this tool knows${near.length > 0 ? `; did you mean ${near.join(", ")}?` : "; write its name, such as English or norsk, or its code, such as pt-BR."}`);
    }
    if (!result.includes(canonical)) result.push(canonical);
  }
  return ok(result);
}

function canonicalLanguageTag(item: string): string | undefined {
  try {
    const canonical = Intl.getCanonicalLocales(item)[0];
    return canonical && languagePattern.test(canonical) ? canonical : undefined;
  } catch {
    return undefined;
  }
}

/** How a list of languages is shown as a default: names a person reads, which `languages` accepts back. */
export function showLanguages(tags: readonly string[]): string {
  return tags.map((tag) => (languageName(tag) === tag ? tag : languageName(tag))).join(", ");
}

export function wholeNumber(raw: unknown, what: string, min: number): Parsed<number> {
  const value = typeof raw === "number" ? raw : typeof raw === "string" && raw.trim() !== "" ? Number(raw.trim()) : NaN;
  if (!Number.isInteger(value)) return fail(`Give ${what} as a whole number.`);
  if (value < min) return fail(`Give ${what} as a whole number of at least ${min}.`);
  return ok(value);
}

export function number(raw: unknown, what: string): Parsed<number> {
  const value = typeof raw === "number" ? raw : typeof raw === "string" && raw.trim() !== "" ? Number(raw.trim()) : NaN;
  if (!Number.isFinite(value)) return fail(`Give ${what} as a number, such as 12 or 3.5.`);
  if (value < 0) return fail(`Give ${what} as a number of 0 or more.`);
  return ok(value);
}

/** Hours a week someone gives: more than 0, at most the 168 a week has; halves are fine. */
export function hoursPerWeek(raw: unknown, what: string): Parsed<number> {
  const parsed = number(raw, what);
  if (!parsed.ok) return parsed;
  if (parsed.value === 0) return fail(`Give ${what} as a number above 0, such as 4 or 2.5.`);
  if (parsed.value > 168) return fail(`Give ${what} as at most 168, the hours a week has.`);
  return parsed;
}

/** A real date after `today` and no later than `latest`. */
export function futureDate(raw: unknown, today: string, latest: string): Parsed<string> {
  const value = raw instanceof Date ? raw.toISOString().slice(0, 10) : typeof raw === "string" ? raw.trim() : "";
  if (!isIsoDate(value)) return fail("Give a real date written YYYY-MM-DD, such as 2027-03-31.");
  if (value <= today) return fail(`Pick a date after today (${today}).`);
  if (value > latest) return fail(`Pick a date within the plan's horizon, which ends ${latest}.`);
  return ok(value);
}

const localTimePattern = new RegExp(schemaPatterns.localTime);

export function localTime(raw: unknown): Parsed<string> {
  const value = typeof raw === "string" ? raw.trim() : "";
  const padded = /^\d:\d\d$/.test(value) ? `0${value}` : value;
  return localTimePattern.test(padded) ? ok(padded) : fail("Give a time on the 24-hour clock, such as 09:30 or 17:00.");
}

const durationPattern = new RegExp(schemaPatterns.duration);

export function duration(raw: unknown): Parsed<string> {
  const value = typeof raw === "string" ? raw.trim().replace(/\s+/g, "") : "";
  return durationPattern.test(value) ? ok(value) : fail("Give a length of time such as 24h, 2d or 1h30m.");
}

export function choice<T extends string>(raw: unknown, allowed: readonly T[], what: string): Parsed<T> {
  if (typeof raw === "string" && (allowed as readonly string[]).includes(raw)) return ok(raw as T);
  return fail(`Pick ${what}: one of ${allowed.join(", ")}.`);
}

export function choices<T extends string>(raw: unknown, allowed: readonly T[], what: string, min = 1): Parsed<T[]> {
  const items = list(raw, ",");
  if (!items.ok) return items;
  const unknown = items.value.find((item) => !(allowed as readonly string[]).includes(item));
  if (unknown !== undefined) return fail(`"${unknown}" is not one of the ${what}: ${allowed.join(", ")}.`);
  if (items.value.length < min) return fail(`Pick at least ${min === 1 ? "one" : min} of the ${what}.`);
  return ok([...new Set(items.value)] as T[]);
}

export function yesNo(raw: unknown): Parsed<boolean> {
  if (typeof raw === "boolean") return ok(raw);
  if (typeof raw === "string" && /^(y|yes|true)$/i.test(raw.trim())) return ok(true);
  if (typeof raw === "string" && /^(n|no|false)$/i.test(raw.trim())) return ok(false);
  return fail("Answer yes or no.");
}
