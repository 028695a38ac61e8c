import { describe, expect, it } from "vitest";
import { lintText, type LintOptions } from "../../src/lint/lint-text.js";
import { TODAY } from "./plans.js";

export interface ExpectedFinding {
  ruleId: string;
  messageId: string;
  line: number;
  column: number;
  /** When given, the finding's data must equal it (the numbers and names a message is filled from). */
  data?: Record<string, string | number>;
}

export interface RuleCase {
  name: string;
  /** The whole plan text, usually minimalPlan with one edit. */
  plan: string;
  expected: ExpectedFinding[];
  options?: LintOptions;
}

const TOP_LEVEL_KEY = /^([A-Za-z$_][\w$-]*):/;

/**
 * Replaces whole top-level sections of `plan` with the ones in `fragment` (a section the plan
 * lacks is added at the end), so a test or a rule's doc example changes one part of a plan.
 */
export function withSections(plan: string, fragment: string): string {
  const blocks = (text: string) => {
    const out: Array<{ key: string | undefined; text: string }> = [];
    for (const line of text.replace(/\n$/, "").split("\n")) {
      const key = TOP_LEVEL_KEY.exec(line)?.[1];
      if (key !== undefined || out.length === 0) out.push({ key, text: line });
      else out[out.length - 1]!.text += `\n${line}`;
    }
    return out;
  };
  const replacements = new Map(blocks(fragment).map((b) => [b.key, b.text]));
  const merged = blocks(plan).map((b) => {
    const replacement = replacements.get(b.key);
    replacements.delete(b.key);
    return replacement ?? b.text;
  });
  return [...merged, ...replacements.values()].join("\n") + "\n";
}

/** Every diagnostic of a plan, as the four facts the tables assert. */
export function findings(plan: string, options: LintOptions = {}): ExpectedFinding[] {
  return lintText(plan, "plan.yaml", { today: TODAY, ...options }).diagnostics.map(({ ruleId, messageId, line, column }) => ({
    ruleId,
    messageId,
    line,
    column,
  }));
}

/**
 * Table-driven tests for one rule. Each case asserts the plan's complete list of findings, so a
 * case also fails when an edit trips another rule by accident.
 */
export function testRule(ruleId: string, cases: readonly RuleCase[]): void {
  describe(`rule ${ruleId}`, () => {
    for (const testCase of cases) {
      it(testCase.name, () => {
        const diagnostics = lintText(testCase.plan, "plan.yaml", { today: TODAY, ...testCase.options }).diagnostics;
        // Data is compared only where a case states it, so older tables stay as they are.
        const actual = diagnostics.map(({ ruleId, messageId, line, column, data }, index) =>
          testCase.expected[index]?.data === undefined ? { ruleId, messageId, line, column } : { ruleId, messageId, line, column, data },
        );
        expect(actual).toEqual(testCase.expected);
      });
    }
  });
}

/** minimalPlan with text replaced; throws when a search text is missing, so a stale edit cannot pass silently. */
export function edit(plan: string, ...replacements: Array<[string, string]>): string {
  let out = plan;
  for (const [search, replacement] of replacements) {
    if (!out.includes(search)) throw new Error(`edit: "${search}" is not in the plan`);
    out = out.replace(search, replacement);
  }
  return out;
}
