// The "N passed, M failed" line that .ci/run ends with, fed vitest JSON reports shaped like the
// ones vitest 4 writes for the cases that used to be miscounted.
import { execFileSync, spawnSync } from "node:child_process";
import { mkdtempSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import path from "node:path";
import { afterEach, describe, expect, it, vi } from "vitest";
import { summarize, summaryLine, unhandledErrors } from "../../.ci/summary.mjs";

const root = path.resolve(import.meta.dirname, "../..");

function test(status: "passed" | "failed" | "skipped") {
  return { ancestorTitles: [], fullName: "t", status, title: "t", failureMessages: [] };
}

function report(files: { status: "passed" | "failed"; message?: string; tests: ReturnType<typeof test>[] }[]) {
  const tests = files.flatMap((file) => file.tests);
  return {
    numPassedTests: tests.filter((t) => t.status === "passed").length,
    numFailedTests: tests.filter((t) => t.status === "failed").length,
    numPendingTests: tests.filter((t) => t.status === "skipped").length,
    numFailedTestSuites: files.filter((file) => file.status === "failed").length,
    success: files.every((file) => file.status === "passed"),
    testResults: files.map((file, i) => ({ name: `/repo/tests/f${i}.test.ts`, status: file.status, message: file.message ?? "", assertionResults: file.tests })),
  };
}

describe("the .ci/run summary line", () => {
  it("counts passed, failed and skipped tests of a clean run", () => {
    const counts = summarize({ report: report([{ status: "passed", tests: [test("passed"), test("passed"), test("skipped")] }]), exitStatus: 0 });
    expect(summaryLine(counts)).toBe("2 passed, 0 failed, 1 skipped");
  });

  it("counts a file that failed to import beside a failed test", () => {
    const run = report([
      { status: "failed", message: "Failed to load url ./missing.js", tests: [] },
      { status: "failed", tests: [test("passed"), test("failed")] },
    ]);
    expect(summaryLine(summarize({ report: run, exitStatus: 1 }))).toBe("1 passed, 2 failed");
  });

  it("counts a file whose hook failed although its tests did not", () => {
    const run = report([{ status: "failed", message: "beforeAll failed", tests: [test("skipped")] }]);
    expect(summarize({ report: run, exitStatus: 1 }).failed).toBe(1);
  });

  it("counts the unhandled errors vitest reports in its log", () => {
    const run = report([{ status: "passed", tests: [test("passed")] }]);
    const log = "\x1b[31m\x1b[1m\nVitest caught 2 unhandled errors during the test run.\x1b[22m";
    expect(summaryLine(summarize({ report: run, exitStatus: 1, log }))).toBe("1 passed, 2 failed");
    expect(unhandledErrors("Vitest caught 1 unhandled error during the test run.")).toBe(1);
    expect(unhandledErrors("Test Files  3 passed (3)")).toBe(0);
  });

  it("never says 0 failed when vitest failed", () => {
    const run = report([{ status: "passed", tests: [test("passed")] }]);
    expect(summaryLine(summarize({ report: run, exitStatus: 1 }))).toBe("1 passed, 1 failed");
  });

  it("says 1 failed when there is no report", () => {
    expect(summaryLine(summarize({ report: undefined, exitStatus: 0 }))).toBe("0 passed, 1 failed");
  });

  it("prints the line and fails the run from the command line", () => {
    const dir = mkdtempSync(path.join(tmpdir(), "ci-summary-"));
    const file = path.join(dir, "report.json");
    writeFileSync(file, JSON.stringify(report([{ status: "passed", tests: [test("passed")] }])));
    expect(execFileSync("node", [".ci/summary.mjs", file, "0", path.join(dir, "no-log")], { cwd: root, encoding: "utf8" })).toBe("1 passed, 0 failed\n");
    const failed = spawnSync("node", [".ci/summary.mjs", path.join(dir, "missing.json"), "0", path.join(dir, "no-log")], { cwd: root, encoding: "utf8" });
    expect([failed.stdout, failed.status]).toEqual(["0 passed, 1 failed\n", 1]);
    const checks = spawnSync("node", [".ci/summary.mjs", file, "0", path.join(dir, "no-log"), "1"], { cwd: root, encoding: "utf8" });
    expect([checks.stdout, checks.status]).toEqual(["1 passed, 1 failed\n", 1]);
  });

  it("counts a failed type-check or linter run, before the tests, as one failure", () => {
    const passing = report([{ status: "passed", tests: [test("passed"), test("passed")] }]);
    expect(summarize({ report: passing, exitStatus: 0, checksFailed: true })).toEqual({ passed: 2, failed: 1, skipped: 0 });
    expect(summarize({ report: passing, exitStatus: 0 })).toEqual({ passed: 2, failed: 0, skipped: 0 });
  });
});

describe("vitest.config.ts", () => {
  afterEach(() => {
    vi.unstubAllEnvs();
    vi.resetModules();
  });

  it("writes the JSON report whenever .ci/run asks for it, with CI unset", async () => {
    vi.stubEnv("CI", undefined);
    vi.stubEnv("CI_JSON_REPORT", ".ci/report.json");
    vi.resetModules();
    const { default: config } = await import("../../vitest.config.js");
    expect(config.test?.reporters).toContainEqual(["json", { outputFile: ".ci/report.json" }]);
  });
});
