// The CLI bundle loads yaml (dist/cli-bundle/yaml.cjs) on first use only (scripts/bundle.mjs):
// a clean plan that the simple YAML reader took must lint without it, and a plan with a finding
// must still get yaml's exact positions.
import { spawnSync } from "node:child_process";
import { describe, expect, it } from "vitest";
import { binPath, repoRoot } from "../helpers/run-cli.js";

/** Runs the built CLI and says whether it read yaml's bundle. */
function lintReadingYaml(file: string): { code: number | null; stdout: string; readYaml: boolean } {
  const probe =
    "import fs from 'node:fs'; const read = fs.readFileSync; let yaml = false; " +
    "fs.readFileSync = (file, ...rest) => { yaml ||= String(file).endsWith('yaml.cjs'); return read(file, ...rest); }; " +
    "process.on('exit', () => process.stderr.write(String(yaml)));";
  const run = spawnSync(process.execPath, ["--import", `data:text/javascript,${encodeURIComponent(probe)}`, binPath, "lint", file, "--format", "json", "--today", "2027-01-04"], { cwd: repoRoot, encoding: "utf8", env: { ...process.env, NO_COLOR: "1" } });
  return { code: run.status, stdout: run.stdout, readYaml: run.stderr === "true" };
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
