import { describe, expect, it } from "vitest";
import { lintText } from "../../src/lint/lint-text.js";
import { minimalPlan as plan, TODAY } from "../helpers/plans.js";
import { edit, testRule } from "../helpers/rule-cases.js";

const rule = "valid-time-zones";

testRule(rule, [
  { name: "Europe/Amsterdam", plan, expected: [] },
  {
    name: "Asia/Kolkata and UTC are valid although supportedValuesOf leaves them out",
    plan: edit(plan, ["    timeZones: [Europe/Amsterdam]", "    timeZones: [Asia/Kolkata, UTC, Etc/GMT+5]"]),
    expected: [],
  },
  {
    name: "a misspelt community zone",
    plan: edit(plan, ["  timeZone: Europe/Amsterdam\n  languages", "  timeZone: Europe/Amsterdm\n  languages"]),
    expected: [{ ruleId: rule, messageId: "unknown", line: 6, column: 13, data: { zone: "Europe/Amsterdm", suggestion: " Did you mean \"Europe/Amsterdam\"?" } }],
  },
  {
    name: "an abbreviation in a persona's list, at the item",
    plan: edit(plan, ["    timeZones: [Europe/Amsterdam]", "    timeZones: [Europe/Amsterdam, Mars/Olympus]"]),
    expected: [{ ruleId: rule, messageId: "unknown", line: 22, column: 35, data: { zone: "Mars/Olympus", suggestion: "" } }],
  },
  {
    name: "a moderator's zone",
    plan: edit(plan, ["      timeZone: Europe/Amsterdam\n      languages: [en]\n      hours", "      timeZone: Amsterdam\n      languages: [en]\n      hours"]),
    expected: [{ ruleId: rule, messageId: "unknown", line: 52, column: 17, data: { zone: "Amsterdam", suggestion: ' Did you mean "Europe/Amsterdam"?' } }],
  },
  {
    name: "a city in lower case, by the name table",
    plan: edit(plan, ["  timeZone: Europe/Amsterdam\n  languages", "  timeZone: oslo\n  languages"]),
    expected: [{ ruleId: rule, messageId: "unknown", line: 6, column: 13, data: { zone: "oslo", suggestion: ' Did you mean "Europe/Oslo"?' } }],
  },
  {
    name: "a country with several zones names them all",
    plan: edit(plan, ["    timeZones: [Europe/Amsterdam]", "    timeZones: [Spain]"]),
    expected: [{ ruleId: rule, messageId: "unknown", line: 22, column: 17, data: { zone: "Spain", suggestion: ' Did you mean "Europe/Madrid" or "Africa/Ceuta" or "Atlantic/Canary"?' } }],
  },
]);

describe("valid-time-zones message", () => {
  it("names the zone of a city written by name", async () => {
    const text = edit(plan, ["  timeZone: Europe/Amsterdam\n  languages", "  timeZone: Oslo\n  languages"]);
    expect((await lintText(text, "p.yaml", { today: TODAY })).diagnostics[0]?.message).toBe('Unknown time zone "Oslo". Did you mean "Europe/Oslo"?');
  });

  it("suggests the closest zone", async () => {
    const text = edit(plan, ["  timeZone: Europe/Amsterdam\n  languages", "  timeZone: Europe/Amsterdm\n  languages"]);
    expect((await lintText(text, "p.yaml", { today: TODAY })).diagnostics[0]?.message).toBe('Unknown time zone "Europe/Amsterdm". Did you mean "Europe/Amsterdam"?');
  });
});
