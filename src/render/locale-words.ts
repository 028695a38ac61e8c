// Words and patterns of the documents' languages from our own tables (locale-data.generated.ts),
// so a render builds no Intl object: the first one costs ~25 ms of ICU start-up and each kind
// (DisplayNames, DateTimeFormat, NumberFormat, PluralRules) more on top. Every function answers
// `undefined` for what the tables do not hold, and the caller asks Intl, so any language still
// works; tests/render/locale-data.test.ts checks that the tables say exactly what Intl says.
import { datePatterns, languageNames, weekdayNames } from "./locale-data.generated.js";

/** A table's own entry: a tag like "toString" must not find Object.prototype's. */
const own = <T>(table: Readonly<Record<string, T>>, key: string): T | undefined => (Object.hasOwn(table, key) ? table[key] : undefined);

/** Weekday 0 = Monday … 6 = Sunday, as in the plan's `mon`…`sun`. */
export function weekdayWord(lang: string, weekday: number, width: "short" | "long"): string | undefined {
  return own(weekdayNames, lang)?.[width][weekday];
}

/** Month 1–12 as the date tables of `locale` name it, or undefined outside the tables. */
export function monthWord(locale: string, month: number, width: "short" | "long"): string | undefined {
  return own(datePatterns, locale)?.[width === "short" ? "monthsShort" : "monthsLong"][month - 1];
}

/** A calendar day and, for `datetime`, a wall-clock time: the fields a date pattern names. */
export interface DateFields {
  year: number;
  /** 1–12 */
  month: number;
  day: number;
  /** 0 = Monday … 6 = Sunday */
  weekday: number;
  hour?: number;
  minute?: number;
}

const pad2 = (n: number | undefined): string => String(n ?? 0).padStart(2, "0");

/** A date in one of intl-cache.ts's date styles, or undefined outside the tables. */
export function formatDateFields(locale: string, style: "short" | "long" | "datetime", fields: DateFields): string | undefined {
  const words = own(datePatterns, locale);
  // Four-digit years only: that is what the tables were checked on.
  if (!words || !(fields.year >= 1000 && fields.year <= 9999)) return undefined;
  const values: Record<string, string> = {
    d: String(fields.day),
    MMM: words.monthsShort[fields.month - 1]!,
    MMMM: words.monthsLong[fields.month - 1]!,
    y: String(fields.year),
    EEEE: own(weekdayNames, locale)?.long[fields.weekday] ?? "",
    HH: pad2(fields.hour),
    mm: pad2(fields.minute),
  };
  return words[style].replace(/\{\{|\{(\w+)\}/g, (_token, name: string | undefined) => (name === undefined ? "{" : values[name]!));
}

/** `tag`'s name written in `inLang` ("ja" in "de" → "Japanisch"), or undefined outside the table. */
export function languageWord(tag: string, inLang: string): string | undefined {
  const names = own(languageNames, inLang);
  return names && own(names, tag);
}

/**
 * Which whole numbers take the "one" form (CLDR plural rules, integers only: a fraction can be
 * "one" in French, and PluralRules rounds to three decimals first). Languages without a row ask Intl.
 */
const oneRules: Readonly<Record<string, (n: number) => boolean>> = {
  de: (n) => n === 1,
  en: (n) => n === 1,
  es: (n) => n === 1,
  fr: (n) => n === 0 || n === 1,
  ja: () => false,
  nb: (n) => n === 1,
  nl: (n) => n === 1,
  sv: (n) => n === 1,
};
export const pluralLanguages: readonly string[] = Object.keys(oneRules);

/** Whether `Intl.PluralRules(lang).select(n)` is "one", or undefined when the table cannot say. */
export function isPluralOne(lang: string, n: number): boolean | undefined {
  const rule = own(oneRules, lang);
  // Beyond 2^53 the rules see digits a double does not hold; leave those to ICU.
  return rule && Number.isSafeInteger(n) ? rule(Math.abs(n)) : undefined;
}
