import { describe, expect, it } from "vitest";
import { NAME_TABLE_SOURCES } from "../../src/util/name-table.generated.js";
import { languageByName, languageLabel, languageName, searchLanguages, searchZones, zoneLabel, zonesByName } from "../../src/util/name-table.js";
import { isTimeZone } from "../../src/time/zone-names.js";
import { NAME_TABLE_JSON } from "../../src/util/name-table.generated.js";

describe("the name table", () => {
  it("finds languages by their own name or their English name, in any case, and only exactly", () => {
    expect(["norsk", "NORSK", "Norwegian", "norsk bokmål", "Norwegian Bokmål"].map(languageByName)).toEqual(["nb", "nb", "nb", "nb", "nb"]);
    expect(["Nederlands", "dutch", "English", "português (Brasil)", "Brazilian Portuguese"].map(languageByName)).toEqual(["nl", "nl", "en", "pt-BR", "pt-BR"]);
    expect(languageByName("norsk bokmål · Norwegian Bokmål — nb")).toBe("nb");
    // Near misses are for the wizard's search, never for deciding what an answer means.
    expect(["norsek", "Dutsch", "nb", "xx"].map(languageByName)).toEqual([undefined, undefined, undefined, undefined]);
  });

  it("labels a language as endonym · English — tag, and names it in English", () => {
    expect(languageLabel("nb")).toBe("norsk bokmål · Norwegian Bokmål — nb");
    expect(languageLabel("en")).toBe("English — en");
    expect(languageLabel("tlh")).toBe("tlh");
    expect(languageName("nl")).toBe("Dutch");
  });

  it("searches languages while typing, forgiving a typo", () => {
    expect(searchLanguages("norsek").map((language) => language.tag)).toContain("nb");
    expect(searchLanguages("ned")[0]?.tag).toBe("nl");
    expect(searchLanguages("")).toEqual([]);
  });

  it("finds zones by city or country, exactly and in any case; a country lists all its zones", () => {
    expect(zonesByName("oslo")).toEqual(["Europe/Oslo"]);
    // zone1970.tab folds Norway into Europe/Berlin; zone.tab's own zone for it is used instead.
    expect(zonesByName("Norway")).toEqual(["Europe/Oslo"]);
    expect(zonesByName("new york")).toEqual(["America/New_York"]);
    expect(zonesByName("Netherlands")).toEqual(["Europe/Amsterdam"]);
    expect(zonesByName("britain")).toEqual(["Europe/London"]);
    expect(zonesByName("Spain")).toEqual(["Europe/Madrid", "Africa/Ceuta", "Atlantic/Canary"]);
    expect(zonesByName("Osloo")).toEqual([]);
  });

  it("labels zones with city and country, and searches them while typing", () => {
    expect(zoneLabel("Europe/Oslo")).toBe("Oslo · Norway — Europe/Oslo");
    expect(searchZones("osl")[0]).toBe("Europe/Oslo");
    expect(searchZones("norway")).toEqual(["Europe/Oslo"]);
    expect(searchZones("amsterdma")).toContain("Europe/Amsterdam");
  });

  it("holds only zones this runtime knows, and records where its names came from", () => {
    const zones = Object.keys((JSON.parse(NAME_TABLE_JSON) as { zoneCountries: Record<string, string[]> }).zoneCountries);
    expect(zones.filter((zone) => !isTimeZone(zone))).toEqual([]);
    expect(NAME_TABLE_SOURCES.zones).toMatch(/^tz database \S+: zone1970.tab, zone.tab, iso3166.tab$/);
    expect(NAME_TABLE_SOURCES.languages).toMatch(/^Intl.DisplayNames, CLDR/);
  });
});
