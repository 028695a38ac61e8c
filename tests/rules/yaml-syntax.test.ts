import { describe, expect, it } from "vitest";
import { lintText } from "../../src/lint/lint-text.js";
import { loadFormatter } from "../../src/outputs/lint/index.js";
import { noColors } from "../../src/outputs/colors.js";
import { minimalPlan as plan, TODAY } from "../helpers/plans.js";
import { edit, testRule } from "../helpers/rule-cases.js";

const rule = "yaml-syntax";

testRule(rule, [
  { name: "valid YAML", plan, expected: [] },
  {
    name: "an unclosed flow sequence reports only the first error",
    plan: edit(plan, ["    title: More conversation", "    title: [More conversation"]),
    expected: [{ ruleId: rule, messageId: "syntax", line: 17, column: 5, data: { message: "Flow sequence in block collection must be sufficiently indented and end with a ]" } }],
  },
  {
    name: "a custom tag",
    plan: edit(plan, ["    title: More conversation", "    title: !secret More conversation"]),
    expected: [{ ruleId: rule, messageId: "tag", line: 16, column: 12, data: { tag: "!secret" } }],
  },
  {
    name: "an unclosed double quote, at the opening quote, not where the parser gave up",
    plan: edit(plan, ["  name: Test community", '  name: "Test community']),
    expected: [{ ruleId: rule, messageId: "unclosedQuote", line: 3, column: 9, data: { quote: '"', line: 3 } }],
  },
  {
    name: "an unclosed double quote that the parser reads to the end of the file",
    plan: edit(plan, ["  cadence: monthly", '  cadence: "monthly']),
    expected: [{ ruleId: rule, messageId: "unclosedQuote", line: 57, column: 12, data: { quote: '"', line: 59 } }],
  },
  {
    name: "an unclosed single quote, past an apostrophe in plain text",
    plan: edit(plan, ["  purpose: A plan for tests.", "  purpose: A plan's test"], ["    title: More conversation", "    title: 'More conversation"]),
    expected: [{ ruleId: rule, messageId: "unclosedQuote", line: 16, column: 12, data: { quote: "'", line: 59 } }],
  },
  {
    name: "a tab used for indentation, at the tab",
    plan: edit(plan, ["  purpose: A plan for tests.", "\tpurpose: A plan for tests."]),
    expected: [{ ruleId: rule, messageId: "tabIndent", line: 4, column: 1 }],
  },
  {
    name: "a key without its colon, at the key",
    plan: edit(plan, ["  name: Test community", "  name Test community"]),
    expected: [{ ruleId: rule, messageId: "missingColon", line: 3, column: 3, data: { key: "name" } }],
  },
  {
    name: "the last key of a mapping without its colon",
    plan: edit(plan, ["    hoursPerWeek: 20", "    hoursPerWeek 20"]),
    expected: [{ ruleId: rule, messageId: "missingColon", line: 10, column: 5, data: { key: "hoursPerWeek" } }],
  },
]);

describe("yaml-syntax where the problem starts", () => {
  it("gives where the parser gave up as related information, and the stylish output shows it", async () => {
    const result = await lintText(edit(plan, ["  cadence: monthly", '  cadence: "monthly']), "plan.yaml", { today: TODAY });
    expect(result.diagnostics[0]?.related).toEqual([{ line: 59, column: 40, endLine: 59, endColumn: 40, message: "where the parser gave up looking for the closing quote" }]);
    expect(result.diagnostics[0]?.message).toBe('The string opened here with " is never closed: add the closing " (the parser read on to line 59).');
    const out = (await loadFormatter("stylish"))([result], { colors: noColors, cwd: "/", rules: [] });
    expect(out).toContain('> 57 |   cadence: "monthly\n     |            ^\n  plan.yaml:59:40  where the parser gave up looking for the closing quote\n');
    const sarif = JSON.parse((await loadFormatter("sarif"))([result], { colors: noColors, cwd: "/", rules: [] }));
    expect(sarif.runs[0].results[0].relatedLocations[0].physicalLocation.region).toEqual({ startLine: 59, startColumn: 40, endLine: 59, endColumn: 40 });
  });

  it("shows the tab in the code frame and says to use spaces", async () => {
    const result = await lintText(edit(plan, ["  purpose: A plan for tests.", "\tpurpose: A plan for tests."]), "plan.yaml", { today: TODAY });
    const out = (await loadFormatter("stylish"))([result], { colors: noColors, cwd: "/", rules: [] });
    expect(out).toContain("plan.yaml:4:1  error  A tab is used for indentation here: YAML allows only spaces, so indent with spaces.  yaml-syntax\n  3 |   name: Test community\n> 4 | → purpose: A plan for tests.\n    | ^");
  });
});

