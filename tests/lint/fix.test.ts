import { spawnSync } from "node:child_process";
import { mkdtempSync, readFileSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import path from "node:path";
import { describe, expect, it } from "vitest";
import { applyFixes } from "../../src/lint/apply-fixes.js";
import { fixText, writeFixed } from "../../src/lint/fix-plans.js";
import { lintText } from "../../src/lint/lint-text.js";
import { soleClosest } from "../../src/util/closest.js";
import { unifiedDiff } from "../../src/util/unified-diff.js";
import { minimalPlan } from "../helpers/plans.js";
import { runCli } from "../helpers/run-cli.js";

const TODAY = "2026-11-24";
const broken = minimalPlan
  .replace("timeZone: Europe/Amsterdam", "timeZone: Europe/Amsterdm")
  .replace("goal: engagement", "goal: engagment")
  .replace("communication: async", "communication: asynk")
  .replace("    title: More conversation", "    title: More conversation in #general")
  .replaceAll("languages: [en]", "languages: ['pt-br']");

const fixes = async (text: string) =>
  (await lintText(text, "plan.yaml", { today: TODAY })).diagnostics.filter((d) => d.fix).map((d) => [d.ruleId, d.line, d.column, text.slice(d.fix!.range[0], d.fix!.range[1]), d.fix!.text]);

describe("sure fixes on findings", () => {
  it("a canonical tag (quoting kept), a single close time zone, enum value and id, and a value a # cut", async () => {
    // The strategy rules run once the plan passes the schema, so the enum value is checked apart.
    const found = [...(await fixes(broken.replace("communication: asynk", "communication: async"))), ...(await fixes(broken))];
    expect(found).toContainEqual(["valid-time-zones", 6, 13, "Europe/Amsterdm", "Europe/Amsterdam"]);
    expect(found).toContainEqual(["valid-language-tags", 7, 15, "'pt-br'", "'pt-BR'"]);
    expect(found).toContainEqual(["references-resolve", 34, 11, "engagment", "engagement"]);
    expect(found).toContainEqual(["schema", 23, 20, "asynk", "async"]);
    expect(found).toContainEqual(["comment-cuts-text", 16, 33, "More conversation in #general", '"More conversation in #general"']);
  });

  it("offers no fix when two candidates are equally close", async () => {
    expect(soleClosest("mixes", ["async", "mixed", "real-time"])).toBe("mixed");
    expect(soleClosest("mixes", ["mixed", "mixer"])).toBeUndefined();
    // Two goals one edit from the typo: the message still guesses, the fix stays out.
    const text = minimalPlan.replace("goals:\n  - id: engagement", "goals:\n  - id: engagemenu\n    title: Other\n    category: engagement\n  - id: engagement").replace("goal: engagement", "goal: engagemens");
    const diagnostics = (await lintText(text, "plan.yaml", { today: TODAY })).diagnostics.filter((d) => d.ruleId === "references-resolve");
    expect(diagnostics.map((d) => [d.messageId, d.fix])).toEqual([["unknownGoal", undefined]]);
  });

  it("fixes everything it is sure of, re-lints, and leaves the rest", async () => {
    const result = await lintText(broken, "plan.yaml", { today: TODAY });
    const fixed = await fixText(result, undefined, { today: TODAY });
    expect(fixed.refused).toBeUndefined();
    expect(fixed.result.source).toBe(
      minimalPlan.replace("    title: More conversation", '    title: "More conversation in #general"').replaceAll("languages: [en]", "languages: ['pt-BR']"),
    );
    // Left: the one finding with no sure fix (pt-BR has no built-in document text).
    expect(fixed.result.diagnostics.map((d) => d.ruleId)).toEqual(["document-language"]);
  });

  it("never touches a plan with YAML syntax errors", async () => {
    const text = `${broken}\nextra: [unclosed\n`;
    const result = await lintText(text, "plan.yaml", { today: TODAY });
    expect(result.diagnostics.some((d) => d.ruleId === "yaml-syntax")).toBe(true);
    const fixed = await fixText({ ...result, diagnostics: [...result.diagnostics, { ...result.diagnostics[0]!, fix: { range: [0, 1], text: "x" } }] }, undefined, { today: TODAY });
    expect(fixed).toMatchObject({ diff: "", refused: "it has YAML syntax errors; fix those first" });
    expect(fixed.result.source).toBe(text);
  });

  it("keeps the first of two overlapping edits", () => {
    const d = { ruleId: "x", messageId: "m", severity: "error" as const, message: "", line: 1, column: 1, endLine: 1, endColumn: 1, path: "" };
    expect(applyFixes("abcdef", [{ ...d, fix: { range: [1, 3], text: "X" } }, { ...d, fix: { range: [2, 4], text: "Y" } }, { ...d, fix: { range: [4, 5], text: "Z" } }])).toEqual({
      text: "aXdZf",
      applied: 2,
    });
  });
});

describe("writing the fixes", () => {
  const dir = mkdtempSync(path.join(tmpdir(), "community-plan-fix-"));

  it("writes only when the file still holds what was linted, keeping a BOM", async () => {
    const file = path.join(dir, "bom.yaml");
    writeFileSync(file, `\uFEFFa: 1\n`);
    expect(await writeFixed(file, "a: 1\n", "a: 2\n")).toBeUndefined();
    expect(readFileSync(file, "utf8")).toBe("\uFEFFa: 2\n");
    expect(await writeFixed(file, "a: 1\n", "a: 3\n")).toBe("it changed since it was read");
    expect(readFileSync(file, "utf8")).toBe("\uFEFFa: 2\n");
  });

  it("lint --fix rewrites the plan and reports what is left; --fix-dry-run prints a diff that git apply takes", () => {
    const plan = path.join(dir, "plan.yaml");
    writeFileSync(plan, broken);
    const dry = runCli(["lint", "plan.yaml", "--fix-dry-run", "--today", TODAY], { cwd: dir });
    expect(dry).toMatchObject({ code: 0, stderr: "" });
    expect(dry.stdout).toMatch(/^--- plan\.yaml\n\+\+\+ plan\.yaml\n@@ -3,8 \+3,8 @@\n/);
    expect(readFileSync(plan, "utf8")).toBe(broken);
    writeFileSync(path.join(dir, "fix.diff"), dry.stdout.replaceAll("--- plan.yaml", "--- a/plan.yaml").replaceAll("+++ plan.yaml", "+++ b/plan.yaml"));
    const check = spawnSync("git", ["apply", "--check", "--unsafe-paths", "fix.diff"], { cwd: dir, encoding: "utf8" });
    expect(check.stderr).toBe("");
    expect(check.status).toBe(0);

    const run = runCli(["lint", "plan.yaml", "--fix", "--rule", "document-language=off", "--today", TODAY], { cwd: dir });
    expect(run).toEqual({ code: 0, stdout: "", stderr: "" });
    const fixed = readFileSync(plan, "utf8");
    expect(fixed).toContain('title: "More conversation in #general"');
    expect(fixed).toContain("timeZone: Europe/Amsterdam");
    expect(fixed).toContain("goal: engagement");
  });

  it("refuses --fix on standard input", () => {
    const run = runCli(["lint", "-", "--fix"], { cwd: dir, input: broken });
    expect(run.code).toBe(2);
    expect(run.stderr).toBe("community-plan: --fix cannot write a plan read from standard input\n  hint: use --fix-dry-run to see the fixes as a diff\n");
  });
});

describe("unifiedDiff", () => {
  it("groups nearby changes into hunks, with context", () => {
    const a = ["1", "2", "3", "4", "5", "6", "7", "8", "9", "10", "11", "12", "13", "14", "15", "16"].join("\n") + "\n";
    const b = a.replace("2\n", "two\n").replace("3\n", "three\n").replace("15\n", "fifteen\n");
    expect(unifiedDiff(a, b, "f")).toBe(
      ["--- f", "+++ f", "@@ -1,6 +1,6 @@", " 1", "-2", "-3", "+two", "+three", " 4", " 5", " 6", "@@ -12,5 +12,5 @@", " 12", " 13", " 14", "-15", "+fifteen", " 16", ""].join("\n"),
    );
  });
});
