import { mkdirSync, mkdtempSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import path from "node:path";
import { beforeAll, describe, expect, it } from "vitest";
import { minimalPlan } from "../helpers/plans.js";
import { runCli } from "../helpers/run-cli.js";

const TODAY = ["--today", "2026-11-24"];
const badPlan = minimalPlan.replace("deadline: 2027-03-31", "deadline: 2027-3-31");
let repo: string;

// A repository of chapter plans: shared settings at the root, one chapter with its own file.
beforeAll(() => {
  // The repository sits in a folder of its own, so the file above it is this test's alone.
  repo = path.join(mkdtempSync(path.join(tmpdir(), "community-plan-settings-")), "repo");
  mkdirSync(path.join(repo, ".git"), { recursive: true });
  mkdirSync(path.join(repo, "chapters/oslo"), { recursive: true });
  mkdirSync(path.join(repo, "chapters/lyon"), { recursive: true });
  writeFileSync(path.join(repo, "community-plan.config.yaml"), "rules:\n  schema: warn\n  references-resolve: warn\n");
  writeFileSync(path.join(repo, "chapters/oslo/plan.yaml"), badPlan);
  writeFileSync(path.join(repo, "chapters/lyon/plan.yaml"), badPlan);
  writeFileSync(path.join(repo, "chapters/lyon/community-plan.config.yaml"), "rules:\n  schema: off\n");
  writeFileSync(path.join(repo, "strict.yaml"), "rules:\n  schema: error\n");
  // Above the repository: never reached, because the search stops at the folder holding .git.
  writeFileSync(path.join(path.dirname(repo), "community-plan.config.yaml"), "rules: [broken\n");
});

describe("lint - (standard input)", () => {
  it("lints the plan piped in, named by --stdin-filename", () => {
    const run = runCli(["lint", "-", "--stdin-filename", "chapters/oslo/plan.yaml", "--rule", "schema=error", ...TODAY], { cwd: repo, input: badPlan });
    expect(run.code).toBe(1);
    expect(run.stdout.split("\n")[0]).toBe("chapters/oslo/plan.yaml:39:15  error  targets[0].deadline must be a date like 2027-03-31.  schema");
  });

  it("names it <stdin> without --stdin-filename, and finds settings from the working folder", () => {
    const run = runCli(["lint", "-", "--format", "json", ...TODAY], { cwd: path.join(repo, "chapters/lyon"), input: badPlan });
    expect(run.code).toBe(0);
    expect(JSON.parse(run.stdout)).toEqual([{ file: "<stdin>", diagnostics: [] }]);
  });

  it("finds the shared settings from --stdin-filename's folder", () => {
    const run = runCli(["lint", "-", "--stdin-filename", "chapters/oslo/plan.yaml", "--format", "json", ...TODAY], { cwd: repo, input: badPlan });
    expect(run.code).toBe(0);
    expect(JSON.parse(run.stdout)[0].diagnostics.map((d: { severity: string; line: number }) => [d.severity, d.line])).toEqual([["warning", 39]]);
  });

  it("refuses --stdin-filename without -", () => {
    const run = runCli(["lint", "chapters/oslo/plan.yaml", "--stdin-filename", "x.yaml"], { cwd: repo });
    expect(run.code).toBe(2);
    expect(run.stderr).toMatch(/^community-plan: --stdin-filename names the plan read from standard input, but no - is given\n/);
  });

  it("reports binary input on stdin as a failure, exit 2", () => {
    const run = runCli(["lint", "-"], { cwd: repo, input: "\u0000\u0001" });
    expect(run).toMatchObject({ code: 2, stdout: "" });
    expect(run.stderr).toBe("community-plan: is a binary file, not a YAML plan (<stdin>)\n");
  });
});

describe("shared settings (community-plan.config.yaml)", () => {
  const severities = (args: string[]) => {
    const run = runCli(["lint", ...args, "--format", "json", ...TODAY], { cwd: repo });
    const results = JSON.parse(run.stdout) as Array<{ file: string; diagnostics: Array<{ ruleId: string; severity: string }> }>;
    return results.map((r) => [r.file, r.diagnostics.filter((d) => ["schema", "references-resolve"].includes(d.ruleId)).map((d) => d.severity)]);
  };

  it("nearest file wins: the root's for oslo, lyon's own for lyon", () => {
    expect(severities(["chapters/oslo/plan.yaml", "chapters/lyon/plan.yaml"])).toEqual([
      ["chapters/oslo/plan.yaml", ["warning"]],
      ["chapters/lyon/plan.yaml", []],
    ]);
  });

  it("the plan's own lint: block wins over the file, and --rule over both", () => {
    // The plan's block applies once the plan passes the schema, so this one has a broken reference instead.
    const typo = minimalPlan.replace("goal: engagement", "goal: engagment");
    writeFileSync(path.join(repo, "chapters/oslo/typo.yaml"), typo);
    writeFileSync(path.join(repo, "chapters/oslo/own.yaml"), `${typo}lint:\n  rules:\n    references-resolve: error\n`);
    expect(severities(["chapters/oslo/typo.yaml", "chapters/oslo/own.yaml"])).toEqual([["chapters/oslo/typo.yaml", ["warning"]], ["chapters/oslo/own.yaml", ["error"]]]);
    expect(severities(["chapters/oslo/own.yaml", "--rule", "references-resolve=warn"])).toEqual([["chapters/oslo/own.yaml", ["warning"]]]);
  });

  it("--config names one file for every plan", () => {
    expect(severities(["chapters/lyon/plan.yaml", "--config", "strict.yaml"])).toEqual([["chapters/lyon/plan.yaml", ["error"]]]);
  });

  it("a settings file with an unknown rule stops the run with one line, exit 2", () => {
    writeFileSync(path.join(repo, "typo.yaml"), "rules:\n  team-capasity: off\n");
    const run = runCli(["lint", "chapters/oslo/plan.yaml", "--config", "typo.yaml"], { cwd: repo });
    expect(run.code).toBe(2);
    expect(run.stderr).toBe(`community-plan: there is no lint rule "team-capasity" (${path.join(repo, "typo.yaml")})\n  hint: did you mean "team-capacity"? 'community-plan rules' lists them\n`);
  });

  it("--print-config prints what applies, as YAML", () => {
    const run = runCli(["lint", "--print-config", "chapters/oslo/plan.yaml", "--rule", "team-capacity=off"], { cwd: repo });
    expect(run.code).toBe(0);
    const lines = run.stdout.split("\n");
    expect(lines[0]).toBe("# what lint applies, from: defaults < community-plan.config.yaml < --rule");
    expect(lines).toContain("  schema: warn");
    expect(lines).toContain("  team-capacity: off");
    expect(lines).toContain("  valid-dates: error");
    expect(run.stdout.endsWith('reasonableHours:\n  start: "08:00"\n  end: "22:00"\n')).toBe(true);
  });
});
