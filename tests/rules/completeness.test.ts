import { existsSync, readdirSync, readFileSync } from "node:fs";
import path from "node:path";
import { describe, expect, it } from "vitest";
import { withRulesTable } from "../../src/lint/rule-docs.js";
import { ruleById, rules } from "../../src/rules/index.js";
import { minimalPlan } from "../helpers/plans.js";
import { findings, withSections } from "../helpers/rule-cases.js";
import { repoRoot } from "../helpers/run-cli.js";

const ruleFiles = readdirSync(path.join(repoRoot, "src/rules"))
  // index.ts is the registry and define-rule.ts the contract every rule is written against.
  .filter((name) => name.endsWith(".ts") && name !== "index.ts" && name !== "define-rule.ts")
  .map((name) => name.replace(/\.ts$/, ""))
  .sort();
const readme = readFileSync(path.join(repoRoot, "README.md"), "utf8");

describe("every rule is complete", () => {
  it("the registry holds exactly the rule files, sorted by id", () => {
    expect(rules.map((r) => r.id)).toEqual(ruleFiles);
  });

  for (const id of ruleFiles) {
    describe(id, () => {
      const rule = ruleById.get(id);

      it("is registered under its file name, with a kebab-case id", () => {
        expect(rule?.id).toBe(id);
        expect(id).toMatch(/^[a-z][a-z0-9]*(-[a-z0-9]+)*$/);
      });

      it("has docs: description, why, a failing and a fixed example, and messages", () => {
        const docs = rule!.docs;
        for (const part of [docs.description, docs.why, docs.failing, docs.fixed]) expect(part.trim()).not.toBe("");
        expect(docs.description).toMatch(/\.$/);
        expect(docs.failing).not.toBe(docs.fixed);
        expect(Object.keys(rule!.messages).length).toBeGreaterThan(0);
      });

      it("has table-driven tests in tests/rules/<id>.test.ts", () => {
        const file = path.join(repoRoot, "tests/rules", `${id}.test.ts`);
        expect(existsSync(file), `${file} is missing`).toBe(true);
        const text = readFileSync(file, "utf8");
        expect(text).toContain(`"${id}"`);
        // A table of cases with expected findings by position (testRule's shape, or the same by hand).
        expect(text).toMatch(/expected: \[/);
        expect(text).toMatch(/messageId: "\w+", line: \d+, column: \d+/);
      });

      it("has a row in the README's rules table", () => {
        expect(readme).toContain(`| \`${id}\` | ${rule!.defaultSeverity} |`);
      });

      it("its failing example is reported by the rule, and its fixed example lints clean", async () => {
        const failing = await findings(withSections(minimalPlan, rule!.docs.failing));
        expect(failing.map((f) => f.ruleId)).toContain(id);
        expect(await findings(withSections(minimalPlan, rule!.docs.fixed))).toEqual([]);
      });
    });
  }

  it("the README's rules table is current (run `npm run docs:rules`)", () => {
    expect(withRulesTable(readme, rules)).toBe(readme);
  });
});
