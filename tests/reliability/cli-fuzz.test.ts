// A few whole-CLI runs over damaged plans: the exit code is always 0, 1 or 2, and stderr never
// shows a stack trace or a stray Node warning.
import fc from "fast-check";
import { mkdtempSync, readFileSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import path from "node:path";
import { describe, expect, it } from "vitest";
import { runCli } from "../helpers/run-cli.js";
import { exampleFiles, TODAY } from "../helpers/plans.js";
import { fuzzParams } from "./fuzz-settings.js";
import { mutatedPlan } from "./mutations.js";

const examples = exampleFiles().map((file) => readFileSync(file, "utf8"));
const dir = mkdtempSync(path.join(tmpdir(), "community-plan-cli-fuzz-"));

function expectCalm(args: string[]): void {
  const run = runCli(args);
  expect([0, 1, 2], run.stderr).toContain(run.code);
  expect(run.stderr).not.toMatch(/\n\s+at |\(node:\d+\)|unexpected error/);
}

describe("the CLI over damaged plans", () => {
  it("lint and calendar exit 0, 1 or 2 with no stack trace", () => {
    let n = 0;
    fc.assert(
      fc.property(fc.constantFrom(...examples), fc.infiniteStream(fc.nat()), fc.integer({ min: 1, max: 3 }), (text, stream, times) => {
        const file = path.join(dir, `plan-${n++}.yaml`);
        writeFileSync(file, mutatedPlan(text, stream, times));
        expectCalm(["lint", file, "--today", TODAY]);
        expectCalm(["calendar", file, "--today", TODAY, "--quarter", "2027-Q1", "--format", "ics"]);
      }),
      fuzzParams(5),
    );
  }, 60_000);

  it("a collection used as a key is a finding, not a Node warning", () => {
    const file = path.join(dir, "collection-key.yaml");
    writeFileSync(file, "? { a: b }\n: c\nversion: 1\n");
    const run = runCli(["lint", file]);
    expect(run.code).toBe(1);
    expect(run.stderr).toBe("");
    expect(run.stdout).toContain('Unknown key "{ a: b }" in the plan.');
  });
});
