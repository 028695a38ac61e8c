// The generated code table (lint reads it instead of loading date-holidays) must list exactly
// what the installed library knows; after an upgrade, run scripts/generate-holiday-regions.mjs.
import { readFileSync } from "node:fs";
import path from "node:path";
import Holidays from "date-holidays";
import { describe, expect, it } from "vitest";
import { HOLIDAY_DATA_VERSION, HOLIDAY_REGIONS } from "../../src/time/holiday-regions.generated.js";
import { isHolidayRegion } from "../../src/time/holiday-regions.js";
import { repoRoot } from "../helpers/run-cli.js";

describe("the holiday code table", () => {
  it("comes from the installed date-holidays and lists its countries and subdivisions", () => {
    const installed = JSON.parse(readFileSync(path.join(repoRoot, "node_modules/date-holidays/package.json"), "utf8")) as { version: string };
    expect(HOLIDAY_DATA_VERSION).toBe(installed.version);
    const library = new Holidays();
    const codes = Object.keys(library.getCountries()).flatMap((country) => [country, ...Object.keys(library.getStates(country) as Record<string, string> | undefined ?? {}).map((state) => `${country}-${state}`)]);
    expect([...HOLIDAY_REGIONS].sort()).toEqual(codes.sort());
  });

  it("knows countries and subdivisions, not other codes", () => {
    expect(["NL", "NO", "DE-BY", "US-CA"].map(isHolidayRegion)).toEqual([true, true, true, true]);
    expect(["XQ", "DE-BX", "nl", "NLD", ""].map(isHolidayRegion)).toEqual([false, false, false, false, false]);
  });
});
