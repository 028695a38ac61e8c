// date-holidays (about 800 KB of data) is imported with import() only when a plan names holidays
// (src/calendar/holidays.ts): lint and the calendar of a plan without holidays must not load it.
// A run notes the files it loaded; the dataset is found by a holiday name only it spells.
import { mkdtempSync, writeFileSync } from "node:fs";
import os from "node:os";
import path from "node:path";
import { describe, expect, it } from "vitest";
import { minimalPlan } from "../helpers/plans.js";
import { loadedText, runCliNotingLoads } from "../helpers/run-cli.js";

function run(args: string[]): { code: number | null; stdout: string; stderr: string; loaded: boolean } {
  const result = runCliNotingLoads(args);
  return { code: result.code, stdout: result.stdout, stderr: result.stderr, loaded: loadedText(result, "Tweede pinksterdag") };
}

function planWith(holidays: string): string {
  const dir = mkdtempSync(path.join(os.tmpdir(), "holidays-"));
  const file = path.join(dir, "plan.yaml");
  writeFileSync(file, `${minimalPlan}content:\n  holidays: ${holidays}\n`);
  return file;
}

describe("the holiday library in the CLI bundle", () => {
  it("is not loaded by lint, nor by the calendar of a plan without holidays", () => {
    const lint = run(["lint", "examples/global-gaming.yaml", "--today", "2027-01-04"]);
    expect([lint.code, lint.loaded]).toEqual([0, false]);
    for (const format of ["json", "ics", "md"]) {
      const calendar = run(["calendar", "examples/dev-community.yaml", "--quarter", "2027-Q2", "--format", format, "--today", "2027-01-04"]);
      expect([calendar.code, calendar.loaded]).toEqual([0, false]);
    }
  });

  it("is loaded by the calendar and render of examples/dutch-brand.yaml (holidays: [NL])", () => {
    const calendar = run(["calendar", "examples/dutch-brand.yaml", "--quarter", "2027-Q2", "--format", "md", "--today", "2027-01-04"]);
    expect([calendar.code, calendar.loaded]).toEqual([0, true]);
    expect(calendar.stdout).toContain("Koningsdag");
  });

  it("is loaded by the calendar of a plan that names holidays, and lint of it still does not load it", () => {
    const file = planWith("[NL]");
    const calendar = run(["calendar", file, "--quarter", "2027-Q2", "--format", "csv", "--today", "2027-01-04"]);
    expect([calendar.code, calendar.loaded]).toEqual([0, true]);
    expect(calendar.stdout).toContain("2027-04-27,holiday,");
    const lint = run(["lint", file, "--today", "2027-01-04"]);
    expect([lint.code, lint.loaded]).toEqual([0, false]);
  });

  it("an unknown code: the calendar refuses the plan (exit 1); with --force, one line and exit 2", () => {
    const file = planWith("[NL, XQ]");
    const refused = run(["calendar", file, "--quarter", "2027-Q2", "--today", "2027-01-04"]);
    expect(refused.code).toBe(1);
    expect(refused.stderr).toContain("valid-holiday-regions");
    const forced = run(["calendar", file, "--quarter", "2027-Q2", "--today", "2027-01-04", "--force"]);
    expect(forced.code).toBe(2);
    expect(forced.stderr).not.toMatch(/^\s+at /m);
    expect(forced.stderr).toContain("has lint errors; going on anyway because of --force\n");
    expect(forced.stderr.split("going on anyway because of --force\n")[1]).toBe(`community-plan: content.holidays: no public holidays are known for "XQ" (${file})\n  hint: use an ISO 3166 country code, optionally with a subdivision: NL, NO, DE-BY\n`);
    expect(forced.stdout).toBe("");
  });
});
