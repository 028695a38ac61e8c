// The CLI imports yaml with a dynamic import() where it is needed (src/plan/parse-plan.ts), so
// the bundle puts it in a chunk of its own: a clean plan that the simple YAML reader took must
// lint without loading it, and a plan with a finding must still get yaml's exact positions.
import { describe, expect, it } from "vitest";
import { loadedText, runCliNotingLoads } from "../helpers/run-cli.js";

/** Runs the built CLI and says whether it loaded yaml. */
function lintReadingYaml(file: string): { code: number | null; stdout: string; readYaml: boolean } {
  const run = runCliNotingLoads(["lint", file, "--format", "json", "--today", "2027-01-04"]);
  // yaml's composer is found by one of its error messages (the bundler may rename names, not messages).
  return { code: run.code, stdout: run.stdout, readYaml: loadedText(run, "Implicit keys need to be on a single line") };
}

describe("yaml in the CLI bundle", () => {
  it("is not loaded to lint a clean plan", () => {
    const run = lintReadingYaml("examples/global-gaming.yaml");
    expect(run.code).toBe(0);
    expect(run.readYaml).toBe(false);
  });

  it("is loaded to locate a finding, and reads the file the simple reader declined", () => {
    const finding = lintReadingYaml("tests/fixtures/hostile/misspelt-zone.yaml");
    expect(finding.readYaml).toBe(true);
    // Where yaml puts it: `timeZone: Europe/Amsterdm` on line 6 (as tests/reliability/hostile.test.ts has it).
    expect(JSON.parse(finding.stdout)[0].diagnostics[0]).toMatchObject({ ruleId: "valid-time-zones", line: 6, column: 13, endLine: 6, endColumn: 28 });
    const declined = lintReadingYaml("tests/fixtures/hostile/custom-tags.yaml");
    expect(declined.readYaml).toBe(true);
    expect(JSON.parse(declined.stdout)[0].diagnostics.map((d: { ruleId: string }) => d.ruleId)).toContain("yaml-syntax");
  });
});
