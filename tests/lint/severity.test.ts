import { describe, expect, it } from "vitest";
import { lintText } from "../../src/lint/lint-text.js";
import { minimalPlan, TODAY } from "../helpers/plans.js";
import { edit } from "../helpers/rule-cases.js";

// A plan with one warning (no feedback methods) and one error (a target without a deadline).
const plan = edit(minimalPlan, ["  feedback: [survey]\n", ""], ["    deadline: 2027-03-31\n", ""]);
const severities = async (text: string, rules?: Record<string, "off" | "warn" | "error">) =>
  (await lintText(text, "plan.yaml", { today: TODAY, rules })).diagnostics.map((d) => `${d.ruleId} ${d.severity}`);

describe("severity overrides", () => {
  it("defaults: the rule's own severity, or the finding's", async () => {
    expect(await severities(plan)).toEqual(["smart-targets error", "review-loop warning"]);
  });

  it("lint.rules in the plan turns rules off or changes their severity", async () => {
    const configured = `${plan}lint:\n  rules:\n    smart-targets: warn\n    review-loop: off\n`;
    expect(await severities(configured)).toEqual(["smart-targets warning"]);
  });

  it("the command line wins over the plan", async () => {
    const configured = `${plan}lint:\n  rules:\n    smart-targets: off\n`;
    expect(await severities(configured, { "smart-targets": "error", "review-loop": "error" })).toEqual(["smart-targets error", "review-loop error"]);
  });
});
