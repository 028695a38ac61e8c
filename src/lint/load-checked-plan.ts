// Loading a plan for a command that turns it into something (a calendar, a document): read,
// lint (parse + schema + rules, the same as `community-plan lint`), and hand back the typed plan.
import path from "node:path";
import { InputError } from "../core/errors.js";
import { lintPlanText } from "./lint-text.js";
import { countBySeverity, type LintResult } from "./types.js";
import { readPlanFile } from "../plan/read-plan-file.js";
import type { Plan } from "../plan/types.js";

export interface CheckedPlan {
  /** Undefined when the file is not a schema-valid plan; nothing can be built from it then. */
  plan: Plan | undefined;
  result: LintResult;
  errors: number;
}

export interface LoadOptions {
  cwd: string;
  today: string;
  maxBytes?: number;
  maxAliases?: number;
}

export async function loadCheckedPlan(file: string, options: LoadOptions): Promise<CheckedPlan> {
  let text: string;
  try {
    text = await readPlanFile(path.resolve(options.cwd, file), { maxBytes: options.maxBytes });
  } catch (error) {
    // Name the file as the person typed it, not its absolute path.
    throw error instanceof InputError ? error.withFile(file) : error;
  }
  const { result, plan } = await lintPlanText(text, file, { today: options.today, maxAliases: options.maxAliases });
  return { plan, result, errors: countBySeverity([result]).errors };
}
