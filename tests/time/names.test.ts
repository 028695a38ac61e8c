import { existsSync, readFileSync } from "node:fs";
import { beforeEach, describe, expect, it } from "vitest";
import { isTimeZone, knownTimeZoneNames, resolveTimeZone } from "../../src/time/zone-names.js";
import { GENERATED_FROM, LISTED_ZONE_NAMES } from "../../src/time/zone-names.generated.js";
import { skipUnlessGeneratedFrom } from "../helpers/icu-data.js";

const sameIcuData = skipUnlessGeneratedFrom(GENERATED_FROM, "node scripts/generate-zone-names.mjs");

/** The slow, sure answer the module avoids: whether a formatter accepts the zone. */
function intlKnows(zone: string): boolean {
  try {
    new Intl.DateTimeFormat("en-US", { timeZone: zone });
    return true;
  } catch {
    return false;
  }
}

describe("time zone names", () => {
  it("knows canonical names, UTC and aliases Intl.supportedValuesOf leaves out", () => {
    for (const zone of ["Europe/Amsterdam", "UTC", "Asia/Kolkata", "US/Eastern", "Etc/GMT+5"]) expect(isTimeZone(zone), zone).toBe(true);
  });

  it("refuses typos, offsets and empty names", () => {
    for (const zone of ["Europe/Amsterdm", "+05:00", "", "Mars/Olympus_Mons"]) expect(isTimeZone(zone), zone).toBe(false);
  });

  it("resolves a name to an id the runtime's own clock accepts", () => {
    expect(resolveTimeZone("Europe/Amsterdam")).toBe("Europe/Amsterdam");
    // Lower case is valid for Intl but not for process.env.TZ, so it comes back spelled properly.
    expect(resolveTimeZone("europe/amsterdam")).toBe("Europe/Amsterdam");
    expect(resolveTimeZone("Europe/Amsterdm")).toBeUndefined();
  });
});

describe("the generated table, on a Node with the ICU data it came from", () => {
  beforeEach(sameIcuData);

  it("lists what this runtime's ICU lists", () => {
    expect(LISTED_ZONE_NAMES).toEqual(Intl.supportedValuesOf("timeZone"));
  });

  it("agrees with Intl.DateTimeFormat on every name it lists and on their lower-case spellings", () => {
    for (const zone of knownTimeZoneNames()) {
      expect(isTimeZone(zone), zone).toBe(true);
      expect(isTimeZone(zone.toLowerCase()), zone.toLowerCase()).toBe(intlKnows(zone.toLowerCase()));
    }
  });

});

describe("the names answered without a formatter", () => {
  beforeEach(sameIcuData);
  // Debian's tzdata, where present: each zone's current name should be known up front, not
  // found through the slow fallback (legacy names such as EST5EDT and Etc/GMT+5 may be).
  const tzdata = "/usr/share/zoneinfo/tzdata.zi";
  it.skipIf(!existsSync(tzdata))("include the current name of every zone in the tz database the runtime knows", () => {
    const zones = readFileSync(tzdata, "utf8")
      .split("\n")
      .filter((line) => line.startsWith("Z "))
      .map((line) => line.split(/\s+/)[1]!)
      .filter((zone) => /^[A-Z][a-z]+\//.test(zone) && !zone.startsWith("Etc/"));
    const listed = new Set(knownTimeZoneNames());
    expect(zones.length).toBeGreaterThan(300);
    expect(zones.filter((zone) => intlKnows(zone) && !listed.has(zone))).toEqual([]);
  });
});
