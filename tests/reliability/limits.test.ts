// lint's input limits hold for every command that reads a plan, and the message says how to raise them.
import { mkdtempSync, readdirSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import path from "node:path";
import { describe, expect, it } from "vitest";
import { runCli } from "../helpers/run-cli.js";
import { minimalPlan, TODAY } from "../helpers/plans.js";

const dir = mkdtempSync(path.join(tmpdir(), "community-plan-limits-"));
// One anchor, used once: the alias count is 1 or 2 depending on how yaml counts the anchor itself.
writeFileSync(path.join(dir, "aliases.yaml"), minimalPlan.replace("  languages: [en]\n  team", "  languages: &langs [en]\n  team").replace("    languages: [en]\n    timeZones", "    languages: *langs\n    timeZones"));
const size = Buffer.byteLength(minimalPlan);
writeFileSync(path.join(dir, "plan.yaml"), minimalPlan);

const commands: [string, string[]][] = [
  ["lint", ["lint"]],
  ["render", ["render", "--out", "docs"]],
  ["calendar", ["calendar", "--quarter", "2027-Q1"]],
];

describe("--max-bytes and --max-aliases on every command that reads a plan", () => {
  for (const [name, [command, ...rest]] of commands) {
    it(`${name}: --max-bytes below the file's size refuses it and says how to raise the limit`, () => {
      const run = runCli([command!, "plan.yaml", ...rest, "--today", TODAY, "--max-bytes", String(size - 1)], { cwd: dir });
      expect(run.code).toBe(2);
      expect(run.stderr).toBe(`community-plan: is ${(size / 1024).toFixed(1)} KiB, over the ${((size - 1) / 1024).toFixed(1)} KiB limit for a plan (plan.yaml)\n  hint: raise the limit with --max-bytes <n> if the file really is a plan\n`);
    });

    it(`${name}: --max-aliases 1 refuses a plan with one alias, 2 accepts it`, () => {
      const low = runCli([command!, "aliases.yaml", ...rest, "--today", TODAY, "--max-aliases", "1"], { cwd: dir });
      expect(low.code).toBe(2);
      expect(low.stderr).toMatch(/^community-plan: expands its YAML aliases beyond the limit \(a 'billion laughs' file\?\) \(.*aliases\.yaml\)\n {2}hint: raise the limit with --max-aliases <n> if the file really is a plan\n$/);
      const ok = runCli([command!, "aliases.yaml", ...rest, "--today", TODAY, "--max-aliases", "2"], { cwd: dir });
      expect(ok.code, ok.stderr).toBe(0);
    });
  }

  it("a refused plan writes nothing", () => {
    expect(readdirSync(dir).sort()).toEqual(["aliases.yaml", "docs", "plan.yaml"]);
  });
});
