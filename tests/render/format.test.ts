// Every catalogue, as the library API has them (the CLI loads the ones a run writes).
import { describe, expect, it } from "vitest";
import {
  formatChange,
  formatDateTime,
  formatDuration,
  formatFromTo,
  formatList,
  joinSentences,
  punctuation,
  formatPercentChange,
  formatPlanDate,
} from "../../src/render/format.js";
import { resolveLocal } from "../../src/time/zoned-time.js";
import { completeLanguages, label, labelsFor, labelLanguages, missingSections } from "../../src/render/labels/index.js";
import { formatNumber } from "../../src/render/format.js";
import { formatMoney } from "../../src/render/view/money.js";
import { CATALOGUE_LANGUAGES, COMPLETE_LANGUAGES, GUIDELINE_LANGUAGES } from "../../src/strategy/document-languages.js";
import { describeCadence } from "../../src/render/view/cadence.js";
import { formatDays } from "../../src/render/weekdays.js";
import { sanitizeFileName } from "../../src/render/file-names.js";

describe("numbers and changes", () => {
  it.each([
    [2, 2.3, "comments", "2.0 → 2.3 comments"],
    [35, 50, "%", "35% → 50%"],
    [30, 12, "hours", "30 → 12 hours"],
    [undefined, 12, "hours", "— → 12 hours"],
    [1200, 1500.5, null, "1,200.0 → 1,500.5"],
  ])("fromTo(%s, %s, %s) = %s", (baseline, target, unit, expected) => {
    expect(formatFromTo(baseline, target, unit)).toBe(expected);
  });

  it.each([
    [2, 2.3, "comments", "+15%"],
    [30, 12, "hours", "-60%"],
    [35, 50, "%", "+15 pp"],
    [3, 3, "x", "±0%"],
    [0, 5, "x", "new"],
    [10, undefined, "x", "—"],
    [100, 104.25, "x", "+4.3%"],
  ])("change(%s, %s, %s) = %s", (baseline, target, unit, expected) => {
    expect(formatChange(baseline, target, unit)).toBe(expected);
  });

  it("rounds large changes to whole percentages", () => {
    expect(formatPercentChange(42.857)).toBe("+43%");
    expect(formatPercentChange(-0.04)).toBe("±0%");
  });
});

describe("words in a language", () => {
  it.each([
    ["en", "1 day and 12 hours"],
    ["nl", "1 dag en 12 uur"],
    ["nb", "1 dag og 12 timer"],
    ["de", "1 Tag und 12 Stunden"],
    ["fr", "1 jour et 12 heures"],
    ["es", "1 día y 12 horas"],
    ["pt", "1 day and 12 hours"],
  ])("duration 1d12h in %s is %s", (lang, expected) => {
    expect(formatDuration("1d12h", lang)).toBe(expected);
  });

  it("lists and weekdays", () => {
    expect(formatList(["a"])).toBe("a");
    expect(formatList(["a", "b", "c"], "sv")).toBe("a, b och c");
    expect(formatDays(["mon", "tue", "wed", "thu", "fri"])).toBe("Mon–Fri");
    expect(formatDays(["mon", "wed"])).toBe("Mon and Wed");
    expect(formatDays(["sat", "sun", "mon", "tue", "wed", "thu", "fri"], "de")).toBe("täglich");
  });

  it("dates are calendar days; times are shown in their zone and in UTC", () => {
    expect(formatPlanDate("2027-06-30")).toBe("30 Jun 2027");
    expect(formatPlanDate("2027-06-30", "nl", "long")).toBe("woensdag 30 juni 2027");
    expect(formatDateTime("2027-03-18", "16:00", "Europe/Amsterdam")).toBe("18 Mar 2027, 16:00 Europe/Amsterdam (15:00 UTC)");
    // Daylight saving time starts in the US before Europe.
    expect(formatDateTime("2027-03-18", "09:00", "America/New_York")).toBe("18 Mar 2027, 09:00 America/New_York (13:00 UTC)");
  });

  it("reads a time in a daylight-saving gap as the calendar does, so documents and ICS agree", () => {
    // 02:30 does not exist on 28 March 2027 in Amsterdam; the calendar schedules it at 03:30 CEST.
    expect(resolveLocal("2027-03-28", "02:30", "Europe/Amsterdam").epochMs).toBe(Date.parse("2027-03-28T01:30:00Z"));
    expect(formatDateTime("2027-03-28", "02:30", "Europe/Amsterdam")).toBe("28 Mar 2027, 03:30 Europe/Amsterdam (01:30 UTC)");
  });

  it("labels fall back to English, by section and for unknown languages; unknown keys throw", () => {
    expect(label("de-AT", "guidelines.rules")).toBe("Unsere Regeln");
    expect(label("no", "guidelines.rules")).toBe("Reglene");
    expect(label("pt", "guidelines.rules")).toBe("Our rules");
    // Every built-in language is complete now: German strategy headings are German.
    expect(label("de", "strategy.purpose")).toBe("Wozu es uns gibt");
    expect(label("en", "generated", { date: "1 May 2027" })).toBe("Generated from the community plan on 1 May 2027.");
    expect(label("nl", "footer.generated", { date: "1 mei 2027" })).toBe("Gemaakt op 1 mei 2027 op basis van het communityplan.");
    expect(() => label("en", "no.such.key")).toThrow('no label "no.such.key"');
    expect(() => label("en", "summary.firstPriority")).toThrow('no label "summary.firstPriority"');
    expect(missingSections("nl")).toEqual([]);
    expect(missingSections("pt")).toEqual(Object.keys(labelsFor("en")));
    expect(missingSections("de")).toEqual([]);
  });

  it("the lists lint's document-language reads are the catalogues' own", async () => {
    expect(labelLanguages).toEqual(CATALOGUE_LANGUAGES);
    expect(await completeLanguages()).toEqual(COMPLETE_LANGUAGES);
    const guidelineSections = ["locale", "words", "guidelines", "label", "footer"];
    expect(labelLanguages.filter((lang) => !missingSections(lang).some((s) => guidelineSections.includes(s)))).toEqual(GUIDELINE_LANGUAGES);
  });

  it("numbers and money as each language writes them", () => {
    expect(formatNumber(1234.5, 1)).toBe("1,234.5");
    expect(formatNumber(1234.5, 1, "nl")).toBe("1.234,5");
    expect(formatNumber(1234.5, 1, "nb")).toBe("1\u00a0234,5");
    expect(formatNumber(1234, 0, "es")).toBe("1234");
    expect(formatNumber(12345, 0, "es")).toBe("12.345");
    expect(formatNumber(-0.5, 1, "nl")).toBe("-0,5");
    expect(formatMoney(4800, "EUR")).toBe("€4,800");
    expect(formatMoney(4800, "EUR", "nl")).toBe("€ 4.800");
    expect(formatMoney(12000, "NOK", "nb")).toBe("12\u00a0000 kr");
    expect(formatMoney(12000, "SEK", "nl")).toBe("12.000 SEK");
    expect(formatChange(24, 28, "%", "nl")).toBe("+4 procentpunt");
    expect(formatChange(0, 5, null, "nb")).toBe("ny");
    expect(formatDuration("2d4h", "nl")).toBe("2 dagen en 4 uur");
    expect(formatList(["a", "b", "c"], "nb")).toBe("a, b og c");
    expect(formatNumber(1234.5, 1, "fr")).toBe("1\u202f234,5");
    expect(formatMoney(4800, "EUR", "fr")).toBe("4\u202f800\u00a0€");
    expect(formatMoney(12000, "SEK", "sv")).toBe("12\u00a0000 kr");
    expect(formatMoney(4800, "EUR", "es")).toBe("4800\u00a0€");
    expect(formatMoney(480000, "JPY", "ja")).toBe("480,000円");
    expect(formatDuration("2d4h", "ja")).toBe("2日4時間");
    expect(formatChange(24, 28, "%", "ja")).toBe("+4ポイント");
    expect(formatList(["a", "b"], "ja")).toBe("aとb");
    expect(formatList(["a", "b", "c"], "ja")).toBe("a、b、c");
    expect(formatList(["Francia", "Italia"], "es")).toBe("Francia e Italia");
    expect(formatDuration("1d", "de")).toBe("1 Tag");
    expect(["en", "nl", "fr", "ja"].map((lang) => punctuation("colon", lang))).toEqual([": ", ": ", "\u00a0: ", "："]);
    expect(() => punctuation("dash")).toThrow('no punctuation "dash"');
    expect(joinSentences(["Ends in Latin.", "最優先です。", "次です。"], "ja")).toBe("Ends in Latin. 最優先です。次です。");
    expect(joinSentences(["One.", "Two."], "fr")).toBe("One. Two.");
  });
});

describe("cadence and file names", () => {
  it.each([
    [{ every: "week", weekdays: ["tue"] }, "Every Tuesday"],
    [{ every: "week", interval: 2, weekdays: ["thu"] }, "Every 2 weeks on Thursday"],
    [{ every: "month", nth: 1, weekday: "wed" }, "Monthly on the first Wednesday"],
    [{ every: "month", nth: -1, weekday: "fri" }, "Monthly on the last Friday"],
    [{ every: "month", interval: 3, day: 15 }, "Every 3 months on the 15th"],
    [{ every: "month", day: -1 }, "Monthly on the last day"],
  ] as const)("%j reads %s", (cadence, expected) => {
    expect(describeCadence(cadence as never, labelsFor("en"))).toBe(expected);
  });

  it.each([
    ["nl", { every: "week", weekdays: ["tue"] }, "Elke dinsdag"],
    ["nl", { every: "week", interval: 2, weekdays: ["thu"] }, "Om de 2 weken op donderdag"],
    ["nl", { every: "month", nth: 1, weekday: "wed" }, "Maandelijks op de eerste woensdag"],
    ["nl", { every: "month", day: 15 }, "Maandelijks op de 15e"],
    ["nb", { every: "week", weekdays: ["tue", "thu"] }, "Hver tirsdag og torsdag"],
    ["nb", { every: "month", nth: -1, weekday: "fri" }, "Månedlig, siste fredag i måneden"],
    ["nb", { every: "month", interval: 3, day: 15 }, "Hver 3. måned, den 15."],
  ] as const)("in %s, %j reads %s", (lang, cadence, expected) => {
    expect(describeCadence(cadence as never, labelsFor(lang))).toBe(expected);
  });

  it("file names cannot leave the output directory", () => {
    expect(sanitizeFileName("guidelines.pt-BR.md")).toBe("guidelines.pt-BR.md");
    expect(sanitizeFileName("../../etc/passwd")).toBe("etc-passwd");
    expect(sanitizeFileName("..")).toBe("document");
    expect(sanitizeFileName("a/b\\c:d.md")).toBe("a-b-c-d.md");
  });
});
