import { readFileSync } from "node:fs";
import path from "node:path";
import { parseWithYaml } from "../../src/plan/parse-yaml.js";
import type { Plan } from "../../src/plan/types.js";
import { useHolidays } from "../../src/calendar/holidays.js";
import { publicHolidayYears } from "../../src/time/public-holidays.js";
import { validateShape } from "../../src/plan/validate-shape.js";
import { repoRoot } from "../helpers/run-cli.js";

/** Parses and schema-checks plan text the way `render` does; throws if it is not a valid plan. */
export function planFromText(text: string): Plan {
  const data = parseWithYaml(text, { file: "test.yaml" }).data;
  const shape = validateShape(data);
  if (!shape.plan) throw new Error(`not a valid plan: ${JSON.stringify(shape.findings.slice(0, 3))}`);
  // What the commands do before rendering (loadHolidays), without an await.
  if (shape.plan.content?.holidays !== undefined) useHolidays(shape.plan, publicHolidayYears());
  return shape.plan;
}

export function planFromFile(file: string): Plan {
  return planFromText(readFileSync(file, "utf8"));
}

export const multilingualPlanFile = path.join(repoRoot, "tests/fixtures/render/multilingual.yaml");
