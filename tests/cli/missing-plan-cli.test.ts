import { copyFileSync, mkdtempSync } from "node:fs";
import { tmpdir } from "node:os";
import path from "node:path";
import { describe, expect, it } from "vitest";
import { repoRoot, runCli } from "../helpers/run-cli.js";

// A folder with one plan, plan.yaml, for the commands to miss.
const dir = mkdtempSync(path.join(tmpdir(), "missing-plan-"));
copyFileSync(path.join(repoRoot, "examples/dev-community.yaml"), path.join(dir, "plan.yaml"));

describe("a plan path that does not exist says the next step", { timeout: 60_000 }, () => {
  it.each([
    ["render", ["render", "community-plan.yaml"]],
    ["calendar", ["calendar", "community-plan.yaml"]],
    ["progress", ["progress", "community-plan.yaml", "--actuals", "actuals.csv"]],
    ["lint", ["lint", "community-plan.yaml"]],
  ])("%s: no such file, and how to create one", (_name, args) => {
    expect(runCli(args, { cwd: dir })).toMatchObject({
      code: 2,
      stdout: "",
      stderr: "community-plan: no such file (community-plan.yaml)\n  hint: create one with `community-plan init`\n",
    });
  });

  it("a close name in the folder: did you mean it?", () => {
    expect(runCli(["lint", "plann.yaml"], { cwd: dir })).toMatchObject({
      code: 2,
      stderr: "community-plan: no such file (plann.yaml)\n  hint: did you mean plan.yaml?\n",
    });
  });
});
