// The README's one exit-code table, checked command by command (130 and 143: interrupted-write.test.ts).
import { mkdtempSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import path from "node:path";
import { describe, expect, it } from "vitest";
import { repoRoot, runCli } from "../helpers/run-cli.js";
import { minimalPlan, TODAY } from "../helpers/plans.js";

const dir = mkdtempSync(path.join(tmpdir(), "community-plan-exit-"));
writeFileSync(path.join(dir, "good.yaml"), minimalPlan);
writeFileSync(path.join(dir, "bad.yaml"), minimalPlan.replace("timeZone: Europe/Amsterdam\n  languages", "timeZone: Mars/Base\n  languages"));
const dev = path.join(repoRoot, "examples/dev-community.yaml");
const actuals = path.join(repoRoot, "examples/dev-community.actuals.csv");

const table: [string, string[], number][] = [
  ["init writes a plan", ["init", "new.yaml", "--yes", "--today", TODAY], 0],
  ["init refuses to overwrite without --force", ["init", "good.yaml", "--yes", "--today", TODAY], 2],
  ["lint, clean", ["lint", "good.yaml", "--today", TODAY], 0],
  ["lint, errors", ["lint", "bad.yaml", "--today", TODAY], 1],
  ["lint, missing file", ["lint", "missing.yaml"], 2],
  ["render, clean", ["render", "good.yaml", "--today", TODAY, "--out", "docs"], 0],
  ["render, errors", ["render", "bad.yaml", "--today", TODAY, "--out", "docs-bad"], 1],
  ["render, unknown option", ["render", "good.yaml", "--bogus"], 2],
  ["calendar, clean", ["calendar", "good.yaml", "--today", TODAY], 0],
  ["calendar, errors", ["calendar", "bad.yaml", "--today", TODAY], 1],
  ["calendar, bad quarter", ["calendar", "good.yaml", "--quarter", "2027-Q5"], 2],
  ["slots, a series", ["slots", dev, "office-hours", "--today", TODAY], 0],
  ["slots, errors", ["slots", "bad.yaml", "member", "--today", TODAY], 1],
  ["slots, missing file", ["slots", "missing.yaml", "x"], 2],
  ["progress, with actuals", ["progress", dev, "--actuals", actuals, "--today", TODAY], 0],
  ["progress, missing actuals", ["progress", dev, "--actuals", "missing.csv", "--today", TODAY], 2],
  ["rules", ["rules"], 0],
  ["rules, unknown option", ["rules", "--bogus"], 2],
  ["schema", ["schema"], 0],
  ["templates eject", ["templates", "eject", "ejected"], 0],
  ["unknown command", ["frobnicate"], 2],
];

describe("exit codes per command", () => {
  for (const [name, args, code] of table) {
    it(`${name} → ${code}`, () => {
      const run = runCli(args, { cwd: dir });
      expect(run.code, run.stderr).toBe(code);
      expect(run.stderr).not.toMatch(/\n\s+at |unexpected error/);
      if (code === 2) expect(run.stderr).toMatch(/^community-plan: /m);
    });
  }
});

describe("--debug", () => {
  it("adds the stack after the same one line; without it there is none", () => {
    const plain = runCli(["calendar", "missing.yaml"], { cwd: dir });
    expect(plain.stderr).toBe("community-plan: no such file (missing.yaml)\n  hint: create one with `community-plan init`\n");
    const debug = runCli(["calendar", "missing.yaml", "--debug"], { cwd: dir });
    expect(debug.code).toBe(2);
    expect(debug.stderr).toMatch(/^community-plan: no such file \(missing\.yaml\)\n {2}hint: create one with `community-plan init`\nInputError: no such file\n {4}at /);
  });
});
