import { lintText } from "../../../src/lint/lint-text.js";
import type { LintResult } from "../../../src/lint/types.js";
import { rules } from "../../../src/rules/index.js";
import type { FormatterContext } from "../../../src/outputs/lint/types.js";
import { noColors } from "../../../src/outputs/colors.js";
import { minimalPlan, TODAY } from "../../helpers/plans.js";
import { edit } from "../../helpers/rule-cases.js";

const bad = edit(
  minimalPlan,
  ["    goal: engagement", "    goal: engagment"],
  ["  feedback: [survey]\n", ""],
);
const sample = [await lintText(bad, "plans/a plan, 100%.yaml", { today: TODAY }), await lintText(minimalPlan, "plans/clean.yaml", { today: TODAY })];

/** Two files: one with an error and a warning (with characters formats must escape), one clean; a fresh copy each time. */
export function sampleResults(): LintResult[] {
  return structuredClone(sample);
}

export const context: FormatterContext = { cwd: "/work/project", colors: noColors, rules, toolVersion: "9.9.9" };
