// Formatting of numbers, changes, durations, dates and lists. Pure functions; the Handlebars
// helpers and the view-model builders both use them so a document reads the same everywhere.
// A wall-clock time in a zone becomes an instant by the calendar's own rules (resolveLocal), so a
// time in a daylight-saving gap means the same moment in the documents as in the ICS file.
// Words and patterns come from our own tables (locale-words.ts), checked against Intl, which
// answers whatever the tables do not hold; a render that needs no Intl skips ICU's start-up.
import { resolveLocal } from "../time/zoned-time.js";
import { utcOffsetMinutes } from "../time/zone-offsets.js";
import { catalogueLanguage, labelsFor } from "./labels/index.js";
import { formatFixed } from "./fixed-decimal.js";
import { dateFormat, displayNames, monthFormat, numberFormat, pluralRules } from "./intl-cache.js";
import { formatDateFields, isPluralOne, languageWord, monthWord, type DateFields } from "./locale-words.js";

/** Decimal places of a number as written, capped at 2 (2.25 → 2, 3 → 0). */
function decimals(value: number): number {
  const text = String(value);
  const dot = text.indexOf(".");
  return dot < 0 ? 0 : Math.min(2, text.length - dot - 1);
}

/** A number with the language's decimal and group separators ("1,234.5", "1.234,5", "1 234,5"). */
export function formatNumber(value: number, digits = decimals(value), lang = "en"): string {
  const english = formatFixed(value, digits) ?? numberFormat(digits).format(value);
  const { decimal, group, minimumGroupingDigits } = labelsFor(lang).locale;
  if (decimal === "." && group === "," && minimumGroupingDigits === 1) return english;
  const [whole = "", fraction] = english.split(".");
  const digitsOnly = whole.replace(/[^\d]/g, "");
  const grouped = digitsOnly.length < 3 + minimumGroupingDigits ? whole.replace(/,/g, "") : whole.replace(/,/g, group);
  return fraction === undefined ? grouped : `${grouped}${decimal}${fraction}`;
}

/** A number and its word: "3 days", but "3日" — Japanese (and Chinese) put no space before a counter. */
export function counted(number: string, word: string): string {
  return /^[\p{Script=Han}\p{Script=Hiragana}\p{Script=Katakana}]/u.test(word) ? `${number}${word}` : `${number} ${word}`;
}

/** "46%" in English and Dutch, "46 %" in German, French, Norwegian, Swedish and Spanish. */
export function percentText(number: string, lang = "en"): string {
  return `${number}${labelsFor(lang).locale.percent}`;
}

/** A measured value with its unit, rounded to two decimals: "46 %", "18 hours", or a bare number. */
export function formatMeasure(value: number, unit: string | null | undefined, lang = "en"): string {
  const number = formatNumber(Math.round(value * 100) / 100, undefined, lang);
  if (unit === "%") return percentText(number, lang);
  return unit ? `${number} ${unit}` : number;
}

/** `part` of `whole` as a whole percentage; 0 of nothing is "0%". */
export function formatShare(part: number, whole: number, lang = "en"): string {
  return percentText(formatNumber(whole === 0 ? 0 : Math.round((part / whole) * 100), 0, lang), lang);
}

/** "35% → 50%", "2.0 → 2.3 comments", "— → 12 hours" — both sides with the same precision. */
export function formatFromTo(baseline: number | null | undefined, target: number | null | undefined, unit?: string | null, lang = "en"): string {
  const digits = Math.max(baseline == null ? 0 : decimals(baseline), target == null ? 0 : decimals(target));
  const side = (value: number | null | undefined) =>
    value == null ? "—" : unit === "%" ? percentText(formatNumber(value, digits, lang), lang) : formatNumber(value, digits, lang);
  const fromTo = `${side(baseline)} → ${side(target)}`;
  return unit && unit !== "%" ? `${fromTo} ${unit}` : fromTo;
}

/** A signed percentage: "+15%", "-60%", "±0%". Whole numbers unless the change is under 10. */
export function formatPercentChange(percent: number, lang = "en"): string {
  const rounded = Math.abs(percent) < 10 ? Math.round(percent * 10) / 10 : Math.round(percent);
  if (rounded === 0) return percentText("±0", lang);
  return percentText(`${rounded > 0 ? "+" : "-"}${formatNumber(Math.abs(rounded), undefined, lang)}`, lang);
}

/** The change from baseline to target: percentage points for a metric measured in %. */
export function formatChange(baseline: number | null | undefined, target: number | null | undefined, unit?: string | null, lang = "en"): string {
  if (baseline == null || target == null) return "—";
  const words = labelsFor(lang).words;
  if (unit === "%") {
    const points = Math.round((target - baseline) * 10) / 10;
    return points === 0 ? counted("±0", words.points) : counted(`${points > 0 ? "+" : "-"}${formatNumber(Math.abs(points), undefined, lang)}`, words.points);
  }
  if (baseline === 0) return target === 0 ? percentText("±0", lang) : words.new;
  return formatPercentChange(((target - baseline) / Math.abs(baseline)) * 100, lang);
}

export function formatPercent(value: number, lang = "en"): string {
  return percentText(formatNumber(Math.round(value * 10) / 10, undefined, lang), lang);
}

/** "2d4h" → "2 days and 4 hours", in the given language. */
export function formatDuration(duration: string, lang = "en"): string {
  const parts: string[] = [];
  for (const [, amount, unit] of duration.matchAll(/(\d+)([dhm])/g)) {
    const n = Number(amount);
    const [one, other] = labelsFor(lang).words.durations[unit as "d" | "h" | "m"];
    parts.push(counted(formatNumber(n, 0, lang), pluralIsOne(catalogueLanguage(lang) ?? "en", n) ? one : other));
  }
  // Japanese runs a duration's parts together: 1時間30分, not 1時間と30分.
  return catalogueLanguage(lang) === "ja" ? parts.join("") : formatList(parts, lang);
}

/** Whether `n` takes the singular ("one") form in `lang`. */
export function pluralIsOne(lang: string, n: number): boolean {
  return isPluralOne(lang, n) ?? pluralRules(lang).select(n) === "one";
}

/**
 * Punctuation the templates put between a label and its text. French puts a no-break space
 * before ":" and a narrow one before ";"; Japanese writes full-width marks with no space after
 * them, and keeps a run-in heading's mark outside Markdown's ** (CommonMark does not close bold
 * between a punctuation mark and a letter).
 */
const PUNCTUATION = {
  en: { colon: ": ", colonIn: ":", colonOut: " ", stopIn: ".", stopOut: " ", period: ". ", semicolon: "; ", gap: " " },
  fr: { colon: "\u00a0: ", colonIn: "\u00a0:", colonOut: " ", stopIn: ".", stopOut: " ", period: ". ", semicolon: "\u202f; ", gap: " " },
  ja: { colon: "：", colonIn: "", colonOut: "：", stopIn: "", stopOut: "\u3000", period: "。", semicolon: "、", gap: "" },
} as const;
export type PunctuationKind = keyof (typeof PUNCTUATION)["en"];

/** One of the template's punctuation marks as `lang` writes it (English for most languages). */
export function punctuation(kind: string, lang = "en"): string {
  const code = catalogueLanguage(lang) ?? "en";
  const marks: Record<string, string> = Object.hasOwn(PUNCTUATION, code) ? PUNCTUATION[code as keyof typeof PUNCTUATION] : PUNCTUATION.en;
  const mark = Object.hasOwn(marks, kind) ? marks[kind] : undefined;
  if (mark === undefined) throw new Error(`no punctuation "${kind}"`);
  return mark;
}

/** Sentences one after another: Japanese runs them together after "。", but keeps a space after a plan's own Latin sentence. */
export function joinSentences(sentences: readonly string[], lang = "en"): string {
  const gap = punctuation("gap", lang);
  return sentences.reduce((text, next, i) => (i === 0 ? next : `${text}${gap === "" && /[\p{Script=Latin}\d.!?)”"]$/u.test(text) ? " " : gap}${next}`), "");
}

/** "a", "a and b", "a, b and c" in the given language. */
export function formatList(items: readonly unknown[], lang = "en"): string {
  return labelsFor(lang).words.list(items.map(String));
}

/** The locale dates are written in: British English (day first) for English and unknown languages. */
function dateLocale(lang: string): string {
  return labelsFor(lang).locale.dates;
}

/** Month 1–12 in the language: "March", "maart", "Mar" (short). */
export function monthName(month: number, lang = "en", width: "short" | "long" = "long"): string {
  const locale = dateLocale(lang);
  return monthWord(locale, month, width) ?? monthFormat(locale, width).format(new Date(Date.UTC(2027, month - 1, 1)));
}

/** A plan date (YYYY-MM-DD, a calendar day with no zone) as "30 Jun 2027" in the language. */
export function formatPlanDate(iso: string, lang = "en", style: "short" | "long" = "short"): string {
  const [y, m, d] = iso.split("-").map(Number) as [number, number, number];
  // Through Date, as Intl is given it: an impossible day rolls over the same way (31 Apr → 1 May).
  const date = new Date(Date.UTC(y, m - 1, d));
  const locale = dateLocale(lang);
  return (Number.isNaN(date.getTime()) ? undefined : formatDateFields(locale, style, utcFields(date))) ?? dateFormat(locale, style, "UTC").format(date);
}

/** The UTC calendar fields of an instant, as the date tables are indexed. */
export function utcFields(date: Date): DateFields {
  return {
    year: date.getUTCFullYear(),
    month: date.getUTCMonth() + 1,
    day: date.getUTCDate(),
    weekday: (date.getUTCDay() + 6) % 7,
    hour: date.getUTCHours(),
    minute: date.getUTCMinutes(),
  };
}

/**
 * Where our zone offsets are known to match Intl's: tests/time checks 1970–2100; from 1973
 * every zone's offset is whole minutes (Monrovia kept -0:44:30 until 1972), as the tables' times are.
 */
const OFFSETS_CHECKED = { from: Date.UTC(1973, 0, 1), to: Date.UTC(2101, 0, 1) };

/** The instant on the zone's wall clock (src/time/zone-offsets.ts, no Intl), or undefined outside the checked years. */
function zonedFields(epochMs: number, timeZone: string): DateFields | undefined {
  if (!(epochMs >= OFFSETS_CHECKED.from && epochMs < OFFSETS_CHECKED.to)) return undefined;
  return utcFields(new Date(epochMs + utcOffsetMinutes(timeZone, epochMs) * 60_000));
}

/** A local time in a zone, with the same moment in UTC: "18 Mar 2027, 16:00 Europe/Amsterdam (15:00 UTC)". */
export function formatDateTime(iso: string, localTime: string, timeZone: string, lang = "en"): string {
  const instant = new Date(resolveLocal(iso, localTime, timeZone).epochMs);
  const locale = dateLocale(lang);
  const fields = zonedFields(instant.getTime(), timeZone);
  const local = (fields && formatDateFields(locale, "datetime", fields)) ?? dateFormat(locale, "datetime", timeZone).format(instant);
  const utc = `${String(instant.getUTCHours()).padStart(2, "0")}:${String(instant.getUTCMinutes()).padStart(2, "0")}`;
  return timeZone === "UTC" ? `${local} UTC` : `${local} ${timeZone} (${utc} UTC)`;
}

/** Language tag to its name in another language: "nl" → "Dutch" (or "Nederlands" in nl). */
export function languageName(tag: string, inLang = "en"): string {
  const lang = catalogueLanguage(inLang) ?? "en";
  const own = labelsFor(lang).words.languageNames;
  if (Object.hasOwn(own, tag)) return own[tag]!;
  const known = languageWord(tag, lang);
  if (known !== undefined) return known;
  try {
    const name = displayNames(lang).of(tag);
    return name ?? tag;
  } catch {
    return tag;
  }
}
