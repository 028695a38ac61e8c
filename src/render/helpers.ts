// The helpers every template can use. Each is registered as "known", so a template calling
// anything else fails to compile with the template's name and line (knownHelpersOnly).
import type HandlebarsTypes from "handlebars";
import type { HelperDelegate, HelperOptions } from "handlebars";
import Handlebars from "handlebars/dist/handlebars.runtime.js";
import type { Weekday } from "../plan/types.js";
import {
  formatChange,
  formatDateTime,
  formatDuration,
  formatFromTo,
  formatList,
  formatNumber,
  formatPercent,
  formatPlanDate,
  languageName,
  counted,
  pluralIsOne,
  joinSentences,
  punctuation,
} from "./format.js";
import { Trusted } from "./escape.js";
import { label } from "./labels/index.js";
import { formatDays } from "./weekdays.js";

type Helper = (args: unknown[], options: HelperOptions) => unknown;

const lang = (options: HelperOptions): string => (options.data as { lang?: string } | undefined)?.lang ?? "en";
// Handlebars prints a value as String() does; the view model hands templates strings and numbers.
// eslint-disable-next-line @typescript-eslint/no-base-to-string
const str = (value: unknown): string => (value == null ? "" : String(value));
const num = (value: unknown): number | null => (value == null || value === "" ? null : Number(value));

const helpers: Record<string, Helper> = {
  /** {{t "guidelines.title"}} or {{t "generated" date=today}}: a fixed label in @lang. */
  t: ([key], o) => label(lang(o), str(key), o.hash as Record<string, unknown>),
  /** {{date deadline}} → 30 Jun 2027; {{date deadline "long"}} → Wednesday 30 June 2027. */
  date: ([iso, style], o) => (iso == null ? "—" : formatPlanDate(str(iso), lang(o), style === "long" ? "long" : "short")),
  /** {{datetime date localTime timeZone}} → 18 Mar 2027, 16:00 Europe/Amsterdam (15:00 UTC). */
  datetime: ([iso, time, zone], o) => formatDateTime(str(iso), str(time), str(zone), lang(o)),
  /** {{duration "1h30m"}} → 1 hour 30 minutes. */
  duration: ([d], o) => (d == null ? "—" : formatDuration(str(d), lang(o))),
  number: ([n], o) => (num(n) === null ? "—" : formatNumber(num(n)!, undefined, lang(o))),
  /** {{percent 42.5}} → 42.5% */
  percent: ([n], o) => (num(n) === null ? "—" : formatPercent(num(n)!, lang(o))),
  /** {{fromTo baseline target unit}} → 2.0 → 2.3 comments */
  fromTo: ([b, t, unit], o) => formatFromTo(num(b), num(t), unit == null ? null : str(unit), lang(o)),
  /** {{change baseline target unit}} → +15%, or +15 pp for a metric in % */
  change: ([b, t, unit], o) => formatChange(num(b), num(t), unit == null ? null : str(unit), lang(o)),
  /** {{list items}} → a, b and c (in @lang). */
  list: ([items], o) => formatList(Array.isArray(items) ? items : [], lang(o)),
  /** {{join items ", "}} */
  join: ([items, separator]) => (Array.isArray(items) ? items.map(str).join(separator == null ? ", " : str(separator)) : ""),
  /** {{weekdays hours.days}} → Mon–Fri */
  weekdays: ([days], o) => formatDays(Array.isArray(days) ? (days as Weekday[]) : [], lang(o)),
  /** {{plural count "member" "members"}} → 3 members */
  plural: ([count, one, other], o) => {
    const n = Number(count);
    const form = pluralIsOne(lang(o), n) ? one : other;
    return counted(formatNumber(n, undefined, lang(o)), str(form));
  },
  /** {{language "nl"}} → Dutch (named in @lang). */
  language: ([tag], o) => languageName(str(tag), lang(o)),
  eq: ([a, b]) => a === b,
  not: ([a]) => !a || (Array.isArray(a) && a.length === 0),
  /** {{#if (any list other)}}: true when any argument is a non-empty value or list. */
  any: (args) => args.some((a) => (Array.isArray(a) ? a.length > 0 : Boolean(a))),
  /** {{punct "colon"}} → ": " (" : " in French, "：" in Japanese); kinds in format.ts. */
  punct: ([kind], o) => punctuation(str(kind), lang(o)),
  /** {{sentences list}} → the sentences of a paragraph, spaced as the language spaces them. */
  sentences: ([items], o) => (Array.isArray(items) ? joinSentences(items.map(str), lang(o)) : ""),
  /** {{inc @index}} → 1-based numbering. */
  inc: ([n]) => Number(n) + 1,
  /** {{breakAtSlash timeZone}} → Europe/<wbr>Amsterdam: a narrow cell breaks a time-zone name at
   *  its slash, never inside a word ("Europe/Amsterd am"). HTML templates only. */
  breakAtSlash: ([text]) => new Trusted(str(text).split("/").map((part) => Handlebars.escapeExpression(part)).join("/<wbr>")),
  /** {{cssString name}} → a quoted CSS string, for `content:` inside <style>, where HTML entities
   *  are not decoded and `</style>` would end the sheet. */
  cssString: ([text]) => new Trusted(cssString(str(text))),
};

function cssString(text: string): string {
  // Each escape ends with a space, which CSS swallows, so a following hex digit is not read into it.
  return `"${text.replace(/[\\"<>&\u0000-\u001f\u007f]/g, (c) => `\\${c.charCodeAt(0).toString(16)} `)}"`;
}

/** How many arguments each helper needs at least: `{{date}}` with none is a mistake, not a blank. */
const arity: Record<string, number> = {
  t: 1, date: 1, datetime: 3, duration: 1, number: 1, percent: 1, fromTo: 2, change: 2, list: 1, join: 1,
  weekdays: 1, plural: 3, language: 1, eq: 2, not: 1, any: 1, inc: 1, breakAtSlash: 1, cssString: 1, punct: 1, sentences: 1,
};

export const helperNames: readonly string[] = Object.keys(helpers).sort();

/**
 * Registers the helpers. Strict mode does not check helper arguments, so a helper given a field
 * that does not exist (undefined, as opposed to null for "not in the plan") throws with the line.
 */
export function registerHelpers(env: typeof HandlebarsTypes): void {
  for (const [name, helper] of Object.entries(helpers)) {
    const delegate: HelperDelegate = (...all: unknown[]) => {
      const options = all.at(-1) as HelperOptions & { loc?: { start: { line: number; column: number } } };
      const args = all.slice(0, -1);
      if (args.length < (arity[name] ?? 0)) {
        // eslint-disable-next-line @typescript-eslint/only-throw-error -- Handlebars.Exception is an Error at run time; its typings say otherwise
        throw new Handlebars.Exception(`helper "${name}" needs ${arity[name]} argument(s), got ${args.length}`, {
          loc: options.loc,
        } as never);
      }
      const missing = args.findIndex((arg) => arg === undefined);
      if (missing >= 0) {
        // eslint-disable-next-line @typescript-eslint/only-throw-error -- Handlebars.Exception is an Error at run time; its typings say otherwise
        throw new Handlebars.Exception(`helper "${name}" got a missing value as argument ${missing + 1}`, {
          loc: options.loc,
        } as never);
      }
      return helper(args, options);
    };
    env.registerHelper(name, delegate);
  }
}
