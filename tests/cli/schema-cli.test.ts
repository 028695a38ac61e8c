import { readFileSync } from "node:fs";
import path from "node:path";
import { describe, expect, it } from "vitest";
import { repoRoot, runCli } from "../helpers/run-cli.js";

describe("community-plan schema", () => {
  it("prints the shipped JSON Schema byte for byte", () => {
    const run = runCli(["schema"]);
    expect(run.code).toBe(0);
    expect(run.stdout).toBe(readFileSync(path.join(repoRoot, "schemas/community-plan.schema.json"), "utf8"));
  });
});
