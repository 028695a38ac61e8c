// The documents' own tables of weekday and month names, date patterns, language names, plural
// forms and en-US numbers (src/render/locale-words.ts, fixed-decimal.ts) must say exactly what Intl
// says, entry by entry, so rendering without Intl can never drift from rendering with it. On a
// Node with other ICU data the tests skip, saying to run `node scripts/generate-locale-data.mjs`.
// Every catalogue, as the library API has them (the CLI loads the ones a run writes).
import fc from "fast-check";
import { afterEach, beforeEach, describe, expect, it } from "vitest";
import { formatDateTime, formatMeasure, formatNumber, formatPlanDate, formatShare, languageName, percentText, pluralIsOne, utcFields } from "../../src/render/format.js";
import { formatFixed } from "../../src/render/fixed-decimal.js";
import { dateFormat } from "../../src/render/intl-cache.js";
import { labelLanguages, labelsFor } from "../../src/render/labels/index.js";
import { datePatterns, GENERATED_FROM, languageNames, weekdayNames } from "../../src/render/locale-data.generated.js";
import { formatDateFields, isPluralOne, pluralLanguages, weekdayWord } from "../../src/render/locale-words.js";
import { renderDocuments } from "../../src/render/documents.js";
import { weekdayName } from "../../src/render/weekdays.js";
import { knownTimeZoneNames } from "../../src/time/zone-names.js";
import { resolveLocal } from "../../src/time/zoned-time.js";
import { exampleFiles, TODAY } from "../helpers/plans.js";
import { multilingualPlanFile, planFromFile } from "./render-helpers.js";
import { skipUnlessGeneratedFrom } from "../helpers/icu-data.js";

const DAY = 86_400_000;

beforeEach(skipUnlessGeneratedFrom(GENERATED_FROM, "node scripts/generate-locale-data.mjs"));
const weekdays = ["mon", "tue", "wed", "thu", "fri", "sat", "sun"] as const;

describe("weekday names", () => {
  it.each(Object.keys(weekdayNames))("%s: both widths, every day, as Intl writes them", (lang) => {
    for (const width of ["short", "long"] as const) {
      weekdays.forEach((day, i) => {
        const intl = new Intl.DateTimeFormat(lang, { weekday: width, timeZone: "UTC" }).format(new Date(Date.UTC(2027, 2, 1 + i)));
        expect(weekdayWord(lang, i, width), `${lang} ${width} ${day}`).toBe(intl);
        expect(weekdayName(day, lang, width)).toBe(intl);
      });
    }
  });

  it("asks Intl for a language outside the table", () => {
    expect(weekdayWord("tr", 0, "short")).toBeUndefined();
    expect(weekdayName("mon", "tr")).toBe(new Intl.DateTimeFormat("tr", { weekday: "short", timeZone: "UTC" }).format(new Date(Date.UTC(2027, 2, 1))));
  });
});

describe("dates", () => {
  it("covers every language that has labels (and en-GB for English)", () => {
    expect(Object.keys(datePatterns).sort()).toEqual(labelLanguages.map((l) => (l === "en" ? "en-GB" : l)).sort());
  });

  // Every day of a common and a leap year, with a different time on each, and the edges of the
  // four-digit years the tables take.
  const start = Date.UTC(2027, 0, 1);
  const instants = [
    ...Array.from({ length: 731 }, (_, i) => start + i * DAY + ((i * 7) % 24) * 3_600_000 + ((i * 13) % 60) * 60_000),
    Date.UTC(1000, 0, 1),
    Date.UTC(1999, 11, 31, 23, 59),
    Date.UTC(9999, 11, 31, 0, 0),
  ];
  it.each(Object.keys(datePatterns))("%s: short, long and datetime styles, as Intl writes them", (locale) => {
    for (const style of ["short", "long", "datetime"] as const) {
      const intl = dateFormat(locale, style, "UTC");
      for (const at of instants) {
        const date = new Date(at);
        expect(formatDateFields(locale, style, utcFields(date)), `${locale} ${style} ${date.toISOString()}`).toBe(intl.format(date));
      }
    }
  });

  it("formats plan dates as Intl does, in every label language and for days Date rolls over", () => {
    for (const lang of [...labelLanguages, "pt"]) {
      const locale = lang === "en" || lang === "pt" ? "en-GB" : lang;
      for (const iso of ["2027-06-30", "2028-02-29", "2027-02-30", "2027-04-31", "0999-05-01", "1000-01-01"]) {
        const [y, m, d] = iso.split("-").map(Number) as [number, number, number];
        const date = new Date(Date.UTC(y, m - 1, d));
        for (const style of ["short", "long"] as const) {
          expect(formatPlanDate(iso, lang, style), `${lang} ${iso} ${style}`).toBe(dateFormat(locale, style, "UTC").format(date));
        }
      }
    }
  });

  const zones = knownTimeZoneNames();
  it("writes a time in its zone and in UTC as Intl does, in every zone, 1970–2100", () => {
    const day = fc.integer({ min: 0, max: Date.UTC(2100, 11, 31) / DAY }).map((n) => new Date(n * DAY).toISOString().slice(0, 10));
    const time = fc.tuple(fc.integer({ min: 0, max: 23 }), fc.integer({ min: 0, max: 59 })).map(([h, m]) => `${pad(h)}:${pad(m)}`);
    fc.assert(
      fc.property(fc.constantFrom(...zones, "UTC"), fc.constantFrom(...labelLanguages, "pt"), day, time, (zone, lang, iso, local) => {
        // The instant by the calendar's rules (a time in a DST gap moves forward), then Intl's text of it.
        const instant = new Date(resolveLocal(iso, local, zone).epochMs);
        const written = dateFormat(lang === "en" || lang === "pt" ? "en-GB" : lang, "datetime", zone).format(instant);
        const utc = dateFormat("en-GB", "time", "UTC").format(instant);
        expect(formatDateTime(iso, local, zone, lang)).toBe(zone === "UTC" ? `${written} UTC` : `${written} ${zone} (${utc} UTC)`);
      }),
      { seed: 20261201, numRuns: 5_000 },
    );
  });
});

const pad = (n: number) => String(n).padStart(2, "0");

describe("times outside the years the zone tables are checked for", () => {
  it.each([["1969-07-20", "20:17"], ["2150-03-01", "09:30"], ["10000-01-01", "00:00"]])("%s %s is written as Intl writes it", (iso, local) => {
    for (const zone of ["UTC", "Europe/Amsterdam", "Asia/Tokyo"]) {
      const instant = new Date(resolveLocal(iso, local, zone).epochMs);
      const written = dateFormat("en-GB", "datetime", zone).format(instant);
      const utc = dateFormat("en-GB", "time", "UTC").format(instant);
      expect(formatDateTime(iso, local, zone)).toBe(zone === "UTC" ? `${written} UTC` : `${written} ${zone} (${utc} UTC)`);
    }
  });
});

describe("language names", () => {
  it("are written in every label language", () => {
    expect(Object.keys(languageNames).sort()).toEqual([...labelLanguages].sort());
  });

  it.each(Object.keys(languageNames))("in %s, as Intl.DisplayNames writes them", (lang) => {
    const intl = new Intl.DisplayNames([lang], { type: "language" });
    for (const [tag, name] of Object.entries(languageNames[lang]!)) {
      expect(name, `${tag} in ${lang}`).toBe(intl.of(tag));
      // A catalogue may name a language as its readers do ("Noors" rather than "Noors - Bokmål").
      expect(languageName(tag, lang)).toBe(labelsFor(lang).words.languageNames[tag] ?? intl.of(tag));
    }
  });

  it("asks Intl for a tag outside the table, and keeps a tag Intl rejects", () => {
    expect(languageName("sw", "de")).toBe(new Intl.DisplayNames(["de"], { type: "language" }).of("sw"));
    expect(languageName("pt-br", "en")).toBe("Brazilian Portuguese");
    expect(languageName("not a tag")).toBe("not a tag");
    expect(languageName("toString")).toBe(new Intl.DisplayNames(["en"], { type: "language" }).of("toString"));
  });
});

describe("plural forms", () => {
  const integers = [...Array.from({ length: 2201 }, (_, i) => i - 1100), -0, 1e6, 1e9, 2 ** 53 - 1, -(2 ** 53 - 1)];
  it.each(pluralLanguages)("%s: whole numbers take the one form exactly when Intl.PluralRules says so", (lang) => {
    const rules = new Intl.PluralRules(lang);
    for (const n of integers) expect(isPluralOne(lang, n), `${lang} ${n}`).toBe(rules.select(n) === "one");
  });

  it("asks Intl for a language named like an Object property", () => {
    for (const lang of ["toString", "valueOf", "constructor", "__proto__"]) {
      expect(isPluralOne(lang, 1)).toBeUndefined();
      expect(weekdayWord(lang, 0, "short")).toBeUndefined();
      expect(formatDateFields(lang, "short", { year: 2027, month: 1, day: 1, weekday: 4 })).toBeUndefined();
    }
    expect(pluralIsOne("toString", 1)).toBe(new Intl.PluralRules("toString").select(1) === "one");
  });

  it("asks Intl for fractions and for languages outside the table", () => {
    expect(isPluralOne("en", 1.5)).toBeUndefined();
    expect(isPluralOne("pt-BR", 1)).toBeUndefined();
    expect(pluralIsOne("fr", 1.5)).toBe(new Intl.PluralRules("fr").select(1.5) === "one");
    expect(pluralIsOne("en", 1.0004)).toBe(new Intl.PluralRules("en").select(1.0004) === "one");
    expect(pluralIsOne("pt-BR", 0)).toBe(new Intl.PluralRules("pt-BR").select(0) === "one");
  });
});

describe("en-US numbers", () => {
  const intl = (value: number, digits: number) =>
    new Intl.NumberFormat("en-US", { minimumFractionDigits: digits, maximumFractionDigits: digits }).format(value);

  it.each([
    [1.005, 2], [8.345, 2], [0.125, 2], [0.5, 0], [2.5, 0], [-2.5, 0], [-0, 0], [-0.001, 0], [-0.004, 2],
    [999.995, 2], [9.95, 1], [99999.5, 0], [1234567.891, 2], [0.05, 1], [1e-7, 2], [1e21, 0], [1e20, 2],
    [Number.NaN, 0], [Infinity, 1], [-Infinity, 2], [123456789012345680000, 0], [0.1 + 0.2, 2], [4.35, 1],
  ])("%s with %s decimals", (value, digits) => {
    expect(formatNumber(value, digits)).toBe(intl(value, digits));
  });

  it("match Intl for any double, with 0 to 4 decimals", () => {
    const values = fc.oneof(
      fc.double({ noNaN: true }),
      fc.double({ min: -1e7, max: 1e7, noNaN: true }),
      fc.integer({ min: -1e9, max: 1e9 }).map((n) => n / 1000),
      fc.integer({ min: -1e6, max: 1e6 }).map((n) => n / 200),
    );
    fc.assert(
      fc.property(values, fc.integer({ min: 0, max: 4 }), (value, digits) => {
        expect(formatNumber(value, digits)).toBe(intl(value, digits));
      }),
      { seed: 20261201, numRuns: 20_000 },
    );
  });

  it("leave the exponent forms to Intl", () => {
    expect(formatFixed(1e-7, 2)).toBeUndefined();
    expect(formatFixed(1e21, 0)).toBeUndefined();
  });
});

describe("a render of the examples", () => {
  const saved = new Map<string, unknown>();
  afterEach(() => {
    for (const [name, value] of saved) (Intl as unknown as Record<string, unknown>)[name] = value;
  });

  it("builds no Intl formatter for words: the tables hold every one it needs", () => {
    const built: string[] = [];
    for (const name of ["DateTimeFormat", "DisplayNames", "NumberFormat", "PluralRules", "ListFormat"] as const) {
      const original = Intl[name];
      saved.set(name, original);
      (Intl as unknown as Record<string, unknown>)[name] = new Proxy(original, {
        construct(target, args) {
          built.push(`${name}(${JSON.stringify(args)})`);
          return Reflect.construct(target, args) as object;
        },
      });
    }
    for (const file of [...exampleFiles(), multilingualPlanFile]) {
      for (const format of ["md", "html"] as const) renderDocuments(planFromFile(file), { format, today: TODAY });
    }
    // UTC offsets come from a formatter per zone (src/time/zone-offsets.ts); words never do.
    expect(built.filter((args) => !args.includes('"timeZoneName":"longOffset"'))).toEqual([]);
  });
});

describe("percentages", () => {
  it.each([...labelLanguages])("%s puts the percent sign where Intl does (46%% in English, 46 %% in German)", (lang) => {
    const intl = new Intl.NumberFormat(lang, { style: "percent" });
    expect(percentText("46", lang)).toBe(intl.format(0.46));
    expect(formatShare(1, 8, lang)).toBe(intl.format(0.13));
    expect(formatMeasure(46, "%", lang)).toBe(intl.format(0.46));
  });
});
