import { lintText } from "../lint/lint-text.js";
import type { LintResult } from "../lint/types.js";
import { parsePlan } from "../plan/parse-plan.js";
import type { Plan } from "../plan/types.js";
import { validateShape } from "../plan/validate-shape.js";

/**
 * Lints the plan first: progress is only measured against a plan without lint errors, since a
 * wrong deadline or baseline would give a confident but wrong status. Warnings do not stop it.
 */
export function loadPlanForProgress(text: string, file: string, today: string): { plan?: Plan; lint: LintResult } {
  const lint = lintText(text, file, { today });
  if (lint.diagnostics.some((d) => d.severity === "error")) return { lint };
  const parsed = parsePlan(text, { file });
  const shape = validateShape(parsed.data);
  return { plan: shape.plan, lint };
}
