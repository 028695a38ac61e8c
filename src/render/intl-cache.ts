// Intl objects are slow to build (tens of microseconds to milliseconds each) and a document asks
// for hundreds of the same ones; build each once per process.
const cache = new Map<string, unknown>();

function cached<T>(key: string, make: () => T): T {
  let value = cache.get(key) as T | undefined;
  if (value === undefined) {
    value = make();
    cache.set(key, value);
  }
  return value;
}

export const numberFormat = (digits: number): Intl.NumberFormat =>
  cached(`n:${digits}`, () => new Intl.NumberFormat("en-US", { minimumFractionDigits: digits, maximumFractionDigits: digits }));

export const pluralRules = (lang: string): Intl.PluralRules => cached(`p:${lang}`, () => new Intl.PluralRules(lang));

export const displayNames = (lang: string): Intl.DisplayNames =>
  cached(`d:${lang}`, () => new Intl.DisplayNames([lang], { type: "language" }));

export const weekdayFormat = (lang: string, width: "short" | "long"): Intl.DateTimeFormat =>
  cached(`w:${lang}:${width}`, () => new Intl.DateTimeFormat(lang, { weekday: width, timeZone: "UTC" }));

export const monthFormat = (locale: string, width: "short" | "long"): Intl.DateTimeFormat =>
  cached(`m:${locale}:${width}`, () => new Intl.DateTimeFormat(locale, { month: width, timeZone: "UTC" }));

const dateStyles: Record<string, Intl.DateTimeFormatOptions> = {
  short: { day: "numeric", month: "short", year: "numeric" },
  long: { weekday: "long", day: "numeric", month: "long", year: "numeric" },
  datetime: { day: "numeric", month: "short", year: "numeric", hour: "2-digit", minute: "2-digit", hourCycle: "h23" },
  time: { hour: "2-digit", minute: "2-digit", hourCycle: "h23" },
};

export const dateFormat = (locale: string, style: keyof typeof dateStyles, timeZone: string): Intl.DateTimeFormat =>
  cached(`t:${locale}:${style}:${timeZone}`, () => new Intl.DateTimeFormat(locale, { ...dateStyles[style], timeZone }));
