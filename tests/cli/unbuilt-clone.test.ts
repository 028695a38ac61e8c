// A clone that was never built has bin/ but no dist/: the CLI says so in one line, exit 2, as it
// does for every other error, instead of Node's stack trace for a missing module.
import { spawnSync } from "node:child_process";
import { copyFileSync, mkdirSync, mkdtempSync } from "node:fs";
import os from "node:os";
import path from "node:path";
import { describe, expect, it } from "vitest";
import { binPath } from "../helpers/run-cli.js";

describe("the CLI in a clone without a build", () => {
  it("says to build it, in one line and a hint, and exits 2", () => {
    const clone = mkdtempSync(path.join(os.tmpdir(), "unbuilt-"));
    mkdirSync(path.join(clone, "bin"));
    const bin = path.join(clone, "bin", path.basename(binPath));
    copyFileSync(binPath, bin);
    const run = spawnSync(process.execPath, [bin, "lint", "community-plan.yaml"], { cwd: clone, encoding: "utf8" });
    expect(run.status).toBe(2);
    expect(run.stderr).toBe("community-plan: the CLI is not built (dist/cli-bundle/start.cjs is missing)\n  hint: run `npm run build` in the package's folder\n");
    expect(run.stdout).toBe("");
  });
});
