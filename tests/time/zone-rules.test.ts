import { beforeEach, describe, expect, it } from "vitest";
import { CHECKED_TZ, GENERATED_FROM, LAST_YEAR, ZONE_RULES } from "../../src/time/zone-rules.generated.js";
import { expandRule, ruleYearTable } from "../../src/time/zone-rules.js";
import { skipUnlessGeneratedFrom } from "../helpers/icu-data.js";

const at = (iso: string) => Date.parse(iso);

describe("zone rules", () => {
  it("expands a rule into the year's changes, on the wall clock that ran before each", () => {
    // EU: last Sunday of March at 02:00 CET, last Sunday of October at 03:00 CEST.
    expect(expandRule([1996, 120, 60, 3, 0, 25, 120, 10, 0, 25, 180], 2027)).toEqual([
      [at("2027-01-01T00:00:00Z"), 60],
      [at("2027-03-28T01:00:00Z"), 120],
      [at("2027-10-31T01:00:00Z"), 60],
    ]);
    // Sydney: summer time runs over New Year, so the year starts on it.
    expect(expandRule([2008, 600, 660, 4, 0, 1, 180, 10, 0, 1, 120], 2027)).toEqual([
      [at("2027-01-01T00:00:00Z"), 660],
      [at("2027-04-03T16:00:00Z"), 600],
      [at("2027-10-02T16:00:00Z"), 660],
    ]);
    expect(expandRule([1970, 330], 2027)).toEqual([[at("2027-01-01T00:00:00Z"), 330]]);
  });

  it("asks Intl (gives nothing) on other tz data, before a rule's first year, after the last checked one and for zones without a rule", () => {
    expect(ruleYearTable("Europe/Amsterdam", 2027, GENERATED_FROM.tz)).toBeDefined();
    expect(ruleYearTable("Europe/Amsterdam", 2027, `${GENERATED_FROM.tz}-other`)).toBeUndefined();
    expect(ruleYearTable("Europe/Amsterdam", ZONE_RULES["Europe/Amsterdam"]![0]! - 1, GENERATED_FROM.tz)).toBeUndefined();
    expect(ruleYearTable("Europe/Amsterdam", LAST_YEAR + 1, GENERATED_FROM.tz)).toBeUndefined();
    expect(ruleYearTable("Mars/Olympus_Mons", 2027, GENERATED_FROM.tz)).toBeUndefined();
  });
});

describe("the tz releases the rules hold for", () => {
  it("are every release the generator checked them against, its own last run included", () => {
    // Users' Node 22 and 24 carry newer tz data than the Node 20 that builds (generate-zone-rules --merge).
    expect(CHECKED_TZ).toContain(GENERATED_FROM.tz);
    for (const tz of CHECKED_TZ) expect(ruleYearTable("Europe/Amsterdam", 2027, tz)).toBeDefined();
    expect(ruleYearTable("Europe/Amsterdam", 2027, "1999z")).toBeUndefined();
  });
});

describe("zone rules against this Node's Intl", () => {
  beforeEach(skipUnlessGeneratedFrom(GENERATED_FROM, "npm run build && node scripts/generate-zone-rules.mjs"));

  it("give Intl's offset in every ruled zone at each change and not the second before, from each rule's first year to the last", () => {
    const formats = new Map<string, Intl.DateTimeFormat>();
    const intlOffset = (zone: string, epochMs: number): number => {
      let format = formats.get(zone);
      if (!format) formats.set(zone, (format = new Intl.DateTimeFormat("en-US", { timeZone: zone, timeZoneName: "longOffset" })));
      const match = /GMT(?:([+-])(\d\d):(\d\d))?/.exec(format.format(epochMs))!;
      const minutes = match[1] ? Number(match[2]) * 60 + Number(match[3]) : 0;
      return match[1] === "-" ? -minutes : minutes;
    };
    let checked = 0;
    for (const [zone, rule] of Object.entries(ZONE_RULES)) {
      for (const year of [rule[0]!, 2026, 2027, 2050, LAST_YEAR]) {
        if (year < rule[0]!) continue;
        const table = ruleYearTable(zone, year, GENERATED_FROM.tz)!;
        for (const [from, offset] of table) {
          expect(intlOffset(zone, from), `${zone} ${new Date(from).toISOString()}`).toBe(offset);
          if (from !== table[0]![0]) expect(intlOffset(zone, from - 1000), `${zone} just before ${new Date(from).toISOString()}`).not.toBe(offset);
          checked++;
        }
      }
    }
    expect(checked).toBeGreaterThan(2000);
  });
});
