import { mkdtempSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import path from "node:path";
import { beforeAll, describe, expect, it } from "vitest";
import { minimalPlan } from "../helpers/plans.js";
import { runCli } from "../helpers/run-cli.js";

let dir: string;
beforeAll(() => {
  dir = mkdtempSync(path.join(tmpdir(), "community-plan-cli-"));
  writeFileSync(path.join(dir, "good.yaml"), minimalPlan);
  writeFileSync(path.join(dir, "bad.yaml"), minimalPlan.replace("deadline: 2027-03-31", "deadline: 2027-3-31"));
});

describe("community-plan lint (black box)", () => {
  it("exits 0 and prints nothing for a clean plan", () => {
    const run = runCli(["lint", "good.yaml", "--today", "2026-11-24"], { cwd: dir });
    expect(run).toEqual({ code: 0, stdout: "", stderr: "" });
  });

  it("prints file:line:col, the message, the rule and a code frame, and exits 1", () => {
    const run = runCli(["lint", "bad.yaml", "--today", "2026-11-24"], { cwd: dir });
    expect(run.code).toBe(1);
    expect(run.stderr).toBe("");
    expect(run.stdout).toBe(
      [
        "bad.yaml:39:15  error  targets[0].deadline must be a date like 2027-03-31.  schema",
        "  38 |     unit: comments",
        "> 39 |     deadline: 2027-3-31",
        "     |               ^^^^^^^^^",
        "",
        "✖ 1 problem (1 error, 0 warnings)",
        "",
      ].join("\n"),
    );
  });

  it("--format json gives 1-based positions and JSON pointers", () => {
    const run = runCli(["lint", "bad.yaml", "good.yaml", "--format", "json", "--today", "2026-11-24"], { cwd: dir });
    expect(run.code).toBe(1);
    expect(JSON.parse(run.stdout)).toEqual([
      {
        file: "bad.yaml",
        diagnostics: [
          {
            ruleId: "schema",
            messageId: "badFormat",
            severity: "error",
            message: "targets[0].deadline must be a date like 2027-03-31.",
            line: 39,
            column: 15,
            endLine: 39,
            endColumn: 24,
            path: "/targets/0/deadline",
          },
        ],
      },
      { file: "good.yaml", diagnostics: [] },
    ]);
  });

  it("expands quoted globs in sorted order", () => {
    const run = runCli(["lint", "*.yaml", "--format", "json", "--today", "2026-11-24"], { cwd: dir });
    expect(JSON.parse(run.stdout).map((r: { file: string }) => r.file)).toEqual(["bad.yaml", "good.yaml"]);
  });

  it("a glob that matches nothing is a usage error", () => {
    const run = runCli(["lint", "plans/*.yaml"], { cwd: dir });
    expect(run.code).toBe(2);
    expect(run.stderr).toBe('community-plan: no files match "plans/*.yaml"\n  hint: check the pattern, and quote it so the shell does not expand it\n');
  });

  it("an unknown option is a usage error with a suggestion", () => {
    const run = runCli(["lint", "good.yaml", "--fromat", "json"], { cwd: dir });
    expect(run.code).toBe(2);
    expect(run.stderr).toContain("unknown option '--fromat'");
    expect(run.stderr).toContain("--format");
  });

  it("an unknown format is a usage error", () => {
    const run = runCli(["lint", "good.yaml", "--format", "xml"], { cwd: dir });
    expect(run.code).toBe(2);
    expect(run.stderr).toContain("stylish");
  });

  it("--today must be a real date", () => {
    const run = runCli(["lint", "good.yaml", "--today", "2027-02-30"], { cwd: dir });
    expect(run.code).toBe(2);
    expect(run.stderr).toBe("community-plan: option '--today <date>' argument '2027-02-30' is invalid. expected a real date like 2027-03-31\n");
  });

  it("colour follows FORCE_COLOR and NO_COLOR", () => {
    const forced = runCli(["lint", "bad.yaml", "--today", "2026-11-24"], { cwd: dir, env: { FORCE_COLOR: "1", NO_COLOR: "" } });
    expect(forced.stdout).toMatch(/\u001b\[/);
    const plain = runCli(["lint", "bad.yaml", "--today", "2026-11-24"], { cwd: dir, env: { NO_COLOR: "1" } });
    expect(plain.stdout).not.toMatch(/\u001b\[/);
  });

  it("--help shows examples and --version the package version", () => {
    const help = runCli(["lint", "--help"]);
    expect(help.code).toBe(0);
    expect(help.stdout).toContain("Examples:");
    const version = runCli(["--version"]);
    expect(version.code).toBe(0);
    expect(version.stdout.trim()).toMatch(/^\d+\.\d+\.\d+$/);
  });
});
