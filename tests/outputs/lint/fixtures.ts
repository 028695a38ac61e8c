import { lintText } from "../../../src/lint/lint-text.js";
import type { LintResult } from "../../../src/lint/types.js";
import { rules } from "../../../src/rules/index.js";
import type { FormatterContext } from "../../../src/outputs/lint/types.js";
import { minimalPlan, TODAY } from "../../helpers/plans.js";
import { edit } from "../../helpers/rule-cases.js";

/** Two files: one with an error and a warning (with characters formats must escape), one clean. */
export function sampleResults(): LintResult[] {
  const bad = edit(
    minimalPlan,
    ["    goal: engagement", "    goal: engagment"],
    ["  feedback: [survey]\n", ""],
  );
  return [
    lintText(bad, "plans/a plan, 100%.yaml", { today: TODAY }),
    lintText(minimalPlan, "plans/clean.yaml", { today: TODAY }),
  ];
}

export const context: FormatterContext = { cwd: "/work/project", color: false, rules, toolVersion: "9.9.9" };
