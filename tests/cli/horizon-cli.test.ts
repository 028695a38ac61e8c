// The horizon from the command line: calendar, slots and render schedule nothing outside it, and
// say why when a range lies wholly outside.
import { mkdtempSync, readFileSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import path from "node:path";
import { beforeAll, describe, expect, it } from "vitest";
import { readExample } from "../helpers/plans.js";
import { runCli } from "../helpers/run-cli.js";

const TODAY = "2026-11-24";
let dir: string;

beforeAll(() => {
  dir = mkdtempSync(path.join(tmpdir(), "cp-horizon-"));
  // The example with its horizon moved to Monday 2027-01-04, a Saturday added to the weekly
  // tutorial (2027-01-02 is a Saturday) and an event before the horizon.
  const text = readExample("dev-community.yaml")
    .replace("horizon:\n  start: 2027-01-01", "horizon:\n  start: 2027-01-04")
    .replace("cadence: { every: week, weekdays: [tue] }", "cadence: { every: week, weekdays: [tue, sat] }");
  expect(text).toContain("weekdays: [tue, sat]");
  writeFileSync(path.join(dir, "plan.yaml"), text);
});

describe("the horizon on the command line", () => {
  it("calendar --quarter next lists nothing before horizon.start", () => {
    // Series and events: the first all-day item is the review on the horizon's first Monday.
    const run = runCli(["calendar", "plan.yaml", "--quarter", "next", "--today", TODAY, "--format", "csv", "--include", "series,events"], { cwd: dir });
    expect([run.code, run.stderr]).toEqual([0, ""]);
    const dates = run.stdout.trim().split("\n").slice(1).map((line) => line.slice(0, 10));
    expect(dates[0]).toBe("2027-01-05");
    expect(dates).toContain("2027-01-09");
  });

  it("a quarter wholly outside the horizon is empty, with the reason in Markdown and on stderr for the other formats", () => {
    const md = runCli(["calendar", "plan.yaml", "--quarter", "2028-Q1", "--today", TODAY], { cwd: dir });
    expect([md.code, md.stderr]).toEqual([0, ""]);
    expect(md.stdout).toContain("2028-01-01 to 2028-03-31: 0 entries.\n\n**Nothing is scheduled: 2028-Q1 lies outside the plan's horizon (2027-01-04 to 2027-12-31).**\n");
    for (const format of ["csv", "ics", "json"]) {
      const run = runCli(["calendar", "plan.yaml", "--quarter", "2028-Q1", "--today", TODAY, "--format", format], { cwd: dir });
      expect([run.code, run.stderr]).toEqual([0, "plan.yaml: nothing is scheduled: 2028-Q1 lies outside the plan's horizon (2027-01-04 to 2027-12-31)\n"]);
    }
  });

  it("slots refuses a range outside the horizon with exit 2 and says why", () => {
    const run = runCli(["slots", "plan.yaml", "office-hours", "--quarter", "2028-Q1", "--today", TODAY], { cwd: dir });
    expect(run.code).toBe(2);
    expect(run.stderr).toContain(`"office-hours" has no dates: 2028-Q1 lies outside the plan's horizon (2027-01-04 to 2027-12-31)`);
  });

  it("render's calendar document says why it is empty", () => {
    const out = path.join(dir, "docs");
    const run = runCli(["render", "plan.yaml", "--only", "calendar", "--quarter", "2028-Q1", "--today", TODAY, "--out", out], { cwd: dir });
    expect([run.code, run.stderr]).toEqual([0, ""]);
    expect(readFileSync(path.join(out, "calendar.md"), "utf8")).toContain("**Nothing is scheduled: 2028-Q1 lies outside the plan's horizon");
  });
});
