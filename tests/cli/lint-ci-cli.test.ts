import { mkdtempSync, readFileSync, readdirSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import path from "node:path";
import { beforeAll, describe, expect, it } from "vitest";
import { minimalPlan } from "../helpers/plans.js";
import { edit } from "../helpers/rule-cases.js";
import { runCli } from "../helpers/run-cli.js";

let dir: string;
const today = ["--today", "2026-11-24"];
// One error (an unknown goal, which also leaves the goal without a target) and one warning.
const errorsAndWarning = edit(minimalPlan, ["    goal: engagement", "    goal: engagment"], ["  feedback: [survey]\n", ""]);
const warningOnly = edit(minimalPlan, ["  feedback: [survey]\n", ""]);

beforeAll(() => {
  dir = mkdtempSync(path.join(tmpdir(), "community-plan-ci-"));
  writeFileSync(path.join(dir, "good.yaml"), minimalPlan);
  writeFileSync(path.join(dir, "bad.yaml"), errorsAndWarning);
  writeFileSync(path.join(dir, "warn.yaml"), warningOnly);
});

const lint = (...args: string[]) => runCli(["lint", ...args, ...today], { cwd: dir });

describe("lint options for CI", () => {
  it("--rule turns a rule off for this run", () => {
    expect(lint("warn.yaml", "--rule", "review-loop=off")).toEqual({ code: 0, stdout: "", stderr: "" });
  });

  it("--rule can make a warning an error, and is repeatable", () => {
    const run = lint("bad.yaml", "--rule", "review-loop=error", "--rule", "references-resolve=off", "--rule", "goal-has-target=off", "--format", "json");
    expect(run.code).toBe(1);
    expect(JSON.parse(run.stdout)[0].diagnostics.map((d: { ruleId: string; severity: string }) => `${d.ruleId} ${d.severity}`)).toEqual(["review-loop error"]);
  });

  it("an unknown rule id in --rule is a usage error with a suggestion", () => {
    const run = lint("good.yaml", "--rule", "smart-target=off");
    expect(run.code).toBe(2);
    expect(run.stderr).toBe('community-plan: unknown rule "smart-target" in --rule\n  hint: did you mean "smart-targets"? \'community-plan rules\' lists them\n');
  });

  it("a malformed --rule is a usage error", () => {
    const run = lint("good.yaml", "--rule", "smart-targets");
    expect(run.code).toBe(2);
    expect(run.stderr).toContain("expected <rule-id>=off|warn|error");
  });

  it("warnings alone exit 0; --fail-on warning and --max-warnings 0 make them fail", () => {
    expect(lint("warn.yaml").code).toBe(0);
    const failOn = lint("warn.yaml", "--fail-on", "warning");
    expect(failOn.code).toBe(1);
    expect(failOn.stderr).toBe("community-plan: failing: 1 warning, and --fail-on warning is set\n");
    expect(lint("warn.yaml", "--max-warnings", "1").code).toBe(0);
    const max = lint("warn.yaml", "--max-warnings", "0");
    expect(max.code).toBe(1);
    expect(max.stderr).toBe("community-plan: failing: 1 warning, more than --max-warnings 0\n");
  });

  it("--quiet hides warnings", () => {
    const run = lint("bad.yaml", "--quiet");
    expect(run.code).toBe(1);
    expect(run.stdout).not.toContain("  warning  ");
    expect(run.stdout).not.toContain("review-loop");
    expect(run.stdout).toContain("✖ 2 problems (2 errors, 0 warnings)");
  });

  it("--report writes SARIF beside the stylish output, and leaves no temp files", () => {
    const run = lint("bad.yaml", "--report", "sarif=lint.sarif", "--report", "junit=lint.xml");
    expect(run.code).toBe(1);
    expect(run.stdout).toContain("bad.yaml:34:11  error  No goal has the id");
    const log = JSON.parse(readFileSync(path.join(dir, "lint.sarif"), "utf8"));
    expect(log.runs[0].results.map((r: { ruleId: string }) => r.ruleId)).toEqual(["goal-has-target", "references-resolve", "review-loop"]);
    expect(log.runs[0].results[0].locations[0].physicalLocation.artifactLocation.uri).toBe("bad.yaml");
    expect(readFileSync(path.join(dir, "lint.xml"), "utf8")).toContain('<testsuite name="bad.yaml" tests="3" failures="3"');
    expect(readdirSync(dir).filter((name) => name.endsWith(".tmp"))).toEqual([]);
  });

  it("--output-file sends the --format output to a file instead", () => {
    const run = lint("bad.yaml", "--format", "github", "--output-file", "annotations.txt");
    expect(run).toEqual({ code: 1, stdout: "", stderr: "" });
    expect(readFileSync(path.join(dir, "annotations.txt"), "utf8")).toMatch(/^::error file=bad\.yaml,line=15,col=9,/);
  });

  it("--report with an unknown format or into a missing directory is a usage error", () => {
    const format = lint("good.yaml", "--report", "pdf=lint.pdf");
    expect(format.code).toBe(2);
    expect(format.stderr).toContain('unknown format "pdf"');
    const missing = lint("good.yaml", "--report", "sarif=no/such/dir/lint.sarif");
    expect(missing.code).toBe(2);
    expect(missing.stderr).toBe("community-plan: cannot be written (ENOENT); nothing was changed (no/such/dir/lint.sarif)\n  hint: create the directory first\n");
  });

  it("--format github prints workflow annotations", () => {
    const run = lint("warn.yaml", "--format", "github");
    expect(run.stdout).toBe(
      "::warning file=warn.yaml,line=56,col=1,endLine=56,endColumn=7,title=review-loop::The review does not say how members are asked for feedback; add feedback methods such as a survey or poll.\n",
    );
  });

  it("--report-unused-disables reports a stale comment", () => {
    writeFileSync(path.join(dir, "stale.yaml"), edit(minimalPlan, ["  - id: comments", "  # community-plan-disable-next-line smart-targets -- waiting for data\n  - id: comments"]));
    expect(lint("stale.yaml").code).toBe(0);
    const run = lint("stale.yaml", "--report-unused-disables");
    expect(run.code).toBe(1);
    expect(run.stdout).toContain('stale.yaml:33:3  error  This comment disables "smart-targets", but it reports nothing on the lines it covers.  disable-comments');
  });
});
