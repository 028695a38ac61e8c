import { describe, expect, it } from "vitest";
import { rules } from "../../src/rules/index.js";
import { runCli } from "../helpers/run-cli.js";

describe("community-plan rules", () => {
  it("lists every rule with its default severity and description", () => {
    const run = runCli(["rules"]);
    expect(run.code).toBe(0);
    const lines = run.stdout.split("\n");
    expect(lines).toHaveLength(rules.length + 3);
    expect(lines.find((l) => l.startsWith("team-capacity "))).toMatch(/^team-capacity +warning {2}The team's weekly hours must carry/);
    expect(lines.find((l) => l.startsWith("smart-targets "))).toMatch(/^smart-targets +error {4}Targets must be SMART/);
  });

  it("prints one rule's full docs", () => {
    const run = runCli(["rules", "contest-essentials"]);
    expect(run.code).toBe(0);
    expect(run.stdout).toContain("contest-essentials (strategy rule, error by default)");
    expect(run.stdout).toContain("Why it matters:\n  Contests and giveaways are regulated");
    expect(run.stdout).toContain("Reported:\n    engagement:\n      contests:");
    expect(run.stdout).toContain("# community-plan-disable-next-line contest-essentials -- <why this is fine here>");
  });

  it("an unknown rule is a usage error with a suggestion", () => {
    const run = runCli(["rules", "smart-target"]);
    expect(run).toEqual({ code: 2, stdout: "", stderr: 'community-plan: unknown rule "smart-target"\n  hint: did you mean "smart-targets"?\n' });
  });

  it("--help shows examples", () => {
    expect(runCli(["rules", "--help"]).stdout).toContain("$ community-plan rules smart-targets");
  });
});
