import { describe, expect, it } from "vitest";
import { lintText } from "../../src/lint/lint-text.js";
import { minimalPlan as plan, TODAY } from "../helpers/plans.js";
import { testRule } from "../helpers/rule-cases.js";

const rule = "valid-holiday-regions";
const withHolidays = (list: string): string => `${plan}content:\n  holidays: ${list}\n`;

testRule(rule, [
  { name: "a plan without holidays", plan, expected: [] },
  { name: "countries and a subdivision", plan: withHolidays("[NL, NO, DE-BY]"), expected: [] },
  {
    name: "an unknown subdivision, at the item, with the country's subdivisions",
    plan: withHolidays("[NL, DE-BX]"),
    expected: [{ ruleId: rule, messageId: "unknown", line: 61, column: 18, data: { code: "DE-BX", suggestion: " DE has DE-BB, DE-BE, DE-BW, DE-BY, DE-HB, DE-HE, DE-HH, DE-MV, DE-NI, DE-NW, DE-RP, DE-SH, DE-SL, DE-SN, DE-ST, DE-TH." } }],
  },
  {
    name: "a well-formed country code nobody has holidays for",
    plan: withHolidays("[XQ]"),
    expected: [{ ruleId: rule, messageId: "unknown", line: 61, column: 14, data: { code: "XQ", suggestion: "" } }],
  },
]);

describe("valid-holiday-regions message", () => {
  it("names the code", async () => {
    const { diagnostics } = await lintText(withHolidays("[XQ]"), "p.yaml", { today: TODAY });
    expect(diagnostics.map((d) => d.message)).toEqual(['No public holidays are known for "XQ".']);
  });
});
