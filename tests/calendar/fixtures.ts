// Plans for the calendar tests: the minimal lint-clean plan with its personas and content swapped.
import { expect } from "vitest";
import { parseWithYaml } from "../../src/plan/parse-yaml.js";
import type { Plan } from "../../src/plan/types.js";
import { useHolidays } from "../../src/calendar/holidays.js";
import { publicHolidayYears } from "../../src/time/public-holidays.js";
import { validateShape } from "../../src/plan/validate-shape.js";
import { minimalPlan } from "../helpers/plans.js";
import type { CalendarKind } from "../../src/calendar/kinds.js";

/** Series and events only: for tests about timed occurrences (the minimal plan has monthly reviews). */
export const TIMED: ReadonlySet<CalendarKind> = new Set(["series", "events"]);

const PERSONAS = `personas:
  - id: member
    name: Member
    languages: [en]
    timeZones: [Europe/Amsterdam]
    communication: async
    preferredPlatforms: [discourse]
`;

/** Text of a plan with these personas (YAML list items) and this `content:` body appended. */
export function planText(options: { personas?: string; content?: string; extra?: string }): string {
  let text = minimalPlan;
  if (options.personas) {
    text = text.replace(PERSONAS, `personas:\n${options.personas}`);
    // The forum serves every persona, so the plan stays sound strategy (persona-reached).
    const ids = [...options.personas.matchAll(/^ {2}- id: (\S+)$/gm)].map((m) => m[1]);
    text = text.replace("    audience: [member]\n", `    audience: [${ids.join(", ")}]\n`);
  }
  if (options.content) text += `content:\n${options.content}`;
  if (options.extra) text += options.extra;
  return text;
}

export function toPlan(text: string): Plan {
  const parsed = parseWithYaml(text, { file: "test.yaml" });
  expect(parsed.findings).toEqual([]);
  const shape = validateShape(parsed.data);
  expect(shape.findings).toEqual([]);
  // What the commands do before building a calendar (loadHolidays), without an await.
  if (shape.plan?.content?.holidays !== undefined) useHolidays(shape.plan, publicHolidayYears());
  return shape.plan as Plan;
}

export function plan(options: { personas?: string; content?: string; extra?: string }): Plan {
  return toPlan(planText(options));
}

/** A persona list item. */
export function persona(id: string, zones: string[]): string {
  return `  - id: ${id}\n    name: ${id}\n    languages: [en]\n    timeZones: [${zones.join(", ")}]\n    communication: mixed\n    preferredPlatforms: [discourse]\n`;
}
