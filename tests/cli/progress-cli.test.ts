import { mkdtempSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import path from "node:path";
import { beforeAll, describe, expect, it } from "vitest";
import { minimalPlan } from "../helpers/plans.js";
import { runCli } from "../helpers/run-cli.js";

// The minimal plan's one target: comments-per-post from 2 by +15% (2.3) by 2027-03-31, from 2027-01-01.
const TODAY = ["--today", "2027-03-01"];
let dir: string;
beforeAll(() => {
  dir = mkdtempSync(path.join(tmpdir(), "community-plan-progress-"));
  writeFileSync(path.join(dir, "plan.yaml"), minimalPlan);
  writeFileSync(path.join(dir, "bad-plan.yaml"), minimalPlan.replace("deadline: 2027-03-31", "deadline: 2027-3-31"));
  // 0.1 in 28 days: 2.31 by the deadline, so on track.
  writeFileSync(
    path.join(dir, "on-track.csv"),
    "date,metric,value\r\n2027-01-31,comments-per-post,2.1\r\n2027-02-28,comments-per-post,2.2\r\n",
  );
  // 0.08 in 28 days: about 2.25 by the deadline, 83% of the way, so at risk.
  writeFileSync(
    path.join(dir, "at-risk.csv"),
    "date,metric,value\n2027-01-31,comments-per-post,2.08\n2027-02-28,comments-per-post,2.16\n",
  );
  writeFileSync(
    path.join(dir, "typo.csv"),
    "date,metric,value\n2027-01-31,coments-per-post,2.1\n2027-02-28,comments-per-post,2.3\n",
  );
  writeFileSync(
    path.join(dir, "bad.csv"),
    "date,metric,value\n2027-01-31,comments-per-post,2.1\n2027-31-01,comments-per-post,2.2\n2027-02-28,comments-per-post,2,3\n2027-03-01,comments-per-post,n/a\n",
  );
  writeFileSync(path.join(dir, "empty.csv"), "");
  writeFileSync(
    path.join(dir, "actuals.json"),
    JSON.stringify([
      { date: "2027-01-31", metric: "comments-per-post", value: 2.1 },
      { date: "2027-02-28", metric: "comments-per-post", value: 2.2 },
    ]),
  );
});

describe("community-plan progress (black box)", () => {
  it("prints a table of the targets and exits 0", () => {
    const run = runCli(["progress", "plan.yaml", "--actuals", "on-track.csv", ...TODAY], { cwd: dir });
    expect(run).toEqual({
      code: 0,
      stderr: "",
      stdout: [
        "Progress of plan.yaml on 2027-03-01 (actuals: on-track.csv)",
        "",
        "target    status    latest                      baseline → target  deadline    covered  expected today  projected  why",
        "comments  on track  2.2 comments on 2027-02-28  2 → 2.3 comments   2027-03-31  67%      2.2             2.31       the trend reaches the target by the deadline",
        "",
        "1 target: 0 achieved, 1 on track, 0 at risk, 0 off track, 0 no data",
        "",
      ].join("\n"),
    });
  });

  it("--fail-on decides the exit code", () => {
    const args = ["progress", "plan.yaml", "--actuals", "at-risk.csv", ...TODAY, "--format", "csv"];
    expect(runCli(args, { cwd: dir }).code).toBe(0);
    const atRisk = runCli([...args, "--fail-on", "at-risk"], { cwd: dir });
    expect(atRisk.code).toBe(1);
    expect(atRisk.stdout.split("\r\n")[1]).toMatch(/^comments,comments-per-post,,comments,increase,at-risk,2,2.3,/);
    expect(runCli([...args, "--fail-on", "off-track"], { cwd: dir }).code).toBe(0);
    expect(
      runCli(["progress", "plan.yaml", "--actuals", "on-track.csv", ...TODAY, "--fail-on", "at-risk"], { cwd: dir })
        .code,
    ).toBe(0);
  });

  it("reads JSON actuals and prints JSON", () => {
    const run = runCli(["progress", "plan.yaml", "-a", "actuals.json", ...TODAY, "-f", "json"], { cwd: dir });
    expect(run.code).toBe(0);
    const report = JSON.parse(run.stdout);
    expect(report.targets[0]).toMatchObject({
      id: "comments",
      status: "on-track",
      target: 2.3,
      projection: 2.3107,
      latest: { date: "2027-02-28", value: 2.2 },
    });
  });

  it("refuses a plan with lint errors: the diagnostics in stylish form on stderr, exit 1", () => {
    const run = runCli(["progress", "bad-plan.yaml", "--actuals", "on-track.csv", ...TODAY], { cwd: dir });
    expect(run.code).toBe(1);
    expect(run.stdout).toBe("");
    expect(run.stderr).toBe(
      [
        "bad-plan.yaml:39:15  error  targets[0].deadline must be a date like 2027-03-31.  schema",
        "  38 |     unit: comments",
        "> 39 |     deadline: 2027-3-31",
        "     |               ^^^^^^^^^",
        "",
        "✖ 1 problem (1 error, 0 warnings)",
        "community-plan: bad-plan.yaml is not a valid plan; fix the errors above first",
        "",
      ].join("\n"),
    );
  });

  it("bad dates and numbers in the actuals are errors with file:line, exit 2", () => {
    const run = runCli(["progress", "plan.yaml", "--actuals", "bad.csv", ...TODAY], { cwd: dir });
    expect(run.code).toBe(2);
    expect(run.stdout).toBe("");
    expect(run.stderr).toBe(
      [
        'bad.csv:3  error  "2027-31-01" is not a date like 2027-03-31',
        'bad.csv:5  error  "n/a" is not a number',
        "community-plan: the actuals have 2 errors; nothing was measured (bad.csv)",
        "  hint: each row needs a date like 2027-03-31, a metric name and a number like 1234.5",
        "",
      ].join("\n"),
    );
  });

  it("an unknown metric is a warning on stderr naming the closest metric; the run goes on", () => {
    const run = runCli(["progress", "plan.yaml", "--actuals", "typo.csv", ...TODAY, "--format", "csv"], { cwd: dir });
    expect(run.code).toBe(0);
    expect(run.stderr).toBe(
      'typo.csv:2  warning  metric "coments-per-post" is not in the plan (1 observation ignored); did you mean "comments-per-post"?\n',
    );
    expect(run.stdout).toContain(",achieved,");
  });

  it("an empty actuals file gives every target no data", () => {
    const run = runCli(["progress", "plan.yaml", "--actuals", "empty.csv", ...TODAY, "--format", "csv"], { cwd: dir });
    expect(run.code).toBe(0);
    expect(run.stdout.split("\r\n")[1]).toMatch(/^comments,.*,no-data,/);
  });

  it("a missing file or option is a usage error, exit 2", () => {
    const missing = runCli(["progress", "plan.yaml", "--actuals", "nope.csv"], { cwd: dir });
    expect(missing).toEqual({ code: 2, stdout: "", stderr: "community-plan: no such file (nope.csv)\n" });
    const noOption = runCli(["progress", "plan.yaml"], { cwd: dir });
    expect(noOption.code).toBe(2);
    // The plan measures nothing from exports, so without --actuals there is nothing to measure.
    expect(noOption.stderr).toBe(
      "community-plan: nothing to measure from: pass --actuals <file>, or say in the plan where targets are measured from (measure:) (plan.yaml)\n",
    );
    const badFailOn = runCli(["progress", "plan.yaml", "-a", "empty.csv", "--fail-on", "late"], { cwd: dir });
    expect(badFailOn.code).toBe(2);
    expect(badFailOn.stderr).toContain("at-risk, off-track");
  });

  it("measures the example plan against the example actuals", () => {
    const run = runCli([
      "progress",
      "examples/dev-community.yaml",
      "--actuals",
      "examples/dev-community.actuals.csv",
      "--today",
      "2027-06-01",
      "--format",
      "json",
      "--fail-on",
      "off-track",
    ]);
    expect(run.stderr).toBe("");
    expect(run.code).toBe(1);
    const report = JSON.parse(run.stdout);
    expect(report.targets.map((t: { id: string; status: string }) => `${t.id} ${t.status}`)).toEqual([
      "peer-answer-rate on-track",
      "first-response on-track",
      "feedback-threads off-track",
      "active-helpers no-data",
      "weekly-active on-track",
    ]);
  });

  it("--help shows examples", () => {
    const help = runCli(["progress", "--help"]);
    expect(help.code).toBe(0);
    expect(help.stdout).toContain("Examples:");
    expect(help.stdout).toContain("--fail-on");
  });
});
