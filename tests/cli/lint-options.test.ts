import { InvalidArgumentError } from "commander";
import { describe, expect, it } from "vitest";
import { collectReport, collectRuleSetting, parseMaxWarnings, parseNonNegativeInt } from "../../src/cli/lint-options.js";

describe("lint option parsers", () => {
  it("--rule collects id=severity pairs; a later one wins", () => {
    const first = collectRuleSetting("team-capacity=off");
    expect(collectRuleSetting("review-loop=warn", first)).toEqual({ "team-capacity": "off", "review-loop": "warn" });
    expect(collectRuleSetting("team-capacity=error", first)).toEqual({ "team-capacity": "error" });
  });

  it("--rule rejects a missing or unknown severity", () => {
    expect(() => collectRuleSetting("team-capacity")).toThrow(InvalidArgumentError);
    expect(() => collectRuleSetting("team-capacity=warning")).toThrow("the severity must be one of: off, warn, error");
  });

  it("--report collects format=file pairs in order", () => {
    expect(collectReport("junit=out/lint.xml", collectReport("sarif=lint.sarif"))).toEqual([
      { format: "sarif", file: "lint.sarif" },
      { format: "junit", file: "out/lint.xml" },
    ]);
  });

  it("--report rejects unknown formats and a missing file", () => {
    expect(() => collectReport("xml=lint.xml")).toThrow('unknown format "xml"');
    expect(() => collectReport("sarif=")).toThrow("expected <format>=<file>");
  });

  it("--max-warnings takes 0 and up", () => {
    expect(parseNonNegativeInt("0")).toBe(0);
    expect(parseNonNegativeInt("12")).toBe(12);
    for (const bad of ["-1", "1.5", "", "ten"]) expect(() => parseNonNegativeInt(bad)).toThrow(InvalidArgumentError);
  });

  it("--max-warnings -1 means no limit", () => {
    expect(parseMaxWarnings("-1")).toBe(Number.POSITIVE_INFINITY);
    expect(parseMaxWarnings("3")).toBe(3);
    for (const bad of ["-2", "x"]) expect(() => parseMaxWarnings(bad)).toThrow("or -1 for no limit");
  });
});
