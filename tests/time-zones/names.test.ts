import { describe, expect, it } from "vitest";
import { isTimeZone, knownTimeZoneNames, resolveTimeZone } from "../../src/time-zones/names.js";

describe("time zone names", () => {
  it("knows canonical names, UTC and aliases Intl.supportedValuesOf leaves out", () => {
    for (const zone of ["Europe/Amsterdam", "UTC", "Asia/Kolkata", "US/Eastern", "Etc/GMT+5"]) expect(isTimeZone(zone), zone).toBe(true);
  });

  it("refuses typos, offsets and empty names", () => {
    for (const zone of ["Europe/Amsterdm", "+05:00", "", "Mars/Olympus_Mons"]) expect(isTimeZone(zone), zone).toBe(false);
  });

  it("agrees with Intl.DateTimeFormat on every name it lists and on their lower-case spellings", () => {
    const accepts = (zone: string) => {
      try {
        new Intl.DateTimeFormat("en-US", { timeZone: zone });
        return true;
      } catch {
        return false;
      }
    };
    for (const zone of knownTimeZoneNames()) {
      expect(isTimeZone(zone), zone).toBe(true);
      expect(isTimeZone(zone.toLowerCase()), zone.toLowerCase()).toBe(accepts(zone.toLowerCase()));
    }
  });

  it("resolves a name to an id the runtime's own clock accepts", () => {
    expect(resolveTimeZone("Europe/Amsterdam")).toBe("Europe/Amsterdam");
    // Lower case is valid for Intl but not for process.env.TZ, so it comes back spelled properly.
    expect(resolveTimeZone("europe/amsterdam")).toBe("Europe/Amsterdam");
    expect(resolveTimeZone("Europe/Amsterdm")).toBeUndefined();
  });
});
