import { mkdtempSync, readFileSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import path from "node:path";
import { beforeAll, describe, expect, it } from "vitest";
import { minimalPlan } from "../helpers/plans.js";
import { runCli } from "../helpers/run-cli.js";

let dir: string;
beforeAll(() => {
  dir = mkdtempSync(path.join(tmpdir(), "community-plan-conventions-"));
  writeFileSync(path.join(dir, "warn.yaml"), minimalPlan.replace("languages: [en]", "languages: [EN]"));
});

const ESC = "\u001b[";

describe("lint conventions", () => {
  it("--color colours a pipe; --no-color wins over FORCE_COLOR", () => {
    const colored = runCli(["lint", "warn.yaml", "--color", "--today", "2026-11-24"], { cwd: dir });
    expect(colored.stdout).toContain(`${ESC}33mwarning`);
    const plain = runCli(["lint", "warn.yaml", "--no-color", "--today", "2026-11-24"], { cwd: dir, env: { FORCE_COLOR: "1", NO_COLOR: "" } });
    expect(plain.stdout).not.toContain(ESC);
    expect(plain.stdout).toContain("warning");
  });

  it("--max-warnings -1 sets no limit; 0 fails on the first warning", () => {
    expect(runCli(["lint", "warn.yaml", "--max-warnings", "-1", "--today", "2026-11-24"], { cwd: dir }).code).toBe(0);
    const strict = runCli(["lint", "warn.yaml", "--max-warnings", "0", "--today", "2026-11-24"], { cwd: dir });
    expect(strict.code).toBe(1);
    expect(strict.stderr).toMatch(/more than --max-warnings 0/);
  });

  it("--format gitlab prints Code Quality JSON", () => {
    const run = runCli(["lint", "warn.yaml", "--format", "gitlab", "--today", "2026-11-24"], { cwd: dir });
    expect(run.code).toBe(0);
    const issues = JSON.parse(run.stdout) as Array<{ check_name: string; severity: string; location: { path: string } }>;
    expect(issues.map((i) => [i.check_name, i.severity, i.location.path])).toContainEqual(["valid-language-tags", "minor", "warn.yaml"]);
  });

  it("-o/--output writes the format to a file; the old --output-file still does", () => {
    for (const flag of ["-o", "--output", "--output-file"]) {
      const file = `out${flag}.json`;
      const run = runCli(["lint", "warn.yaml", "--format", "json", flag, file, "--today", "2026-11-24"], { cwd: dir });
      expect(run).toEqual({ code: 0, stdout: "", stderr: "" });
      expect(JSON.parse(readFileSync(path.join(dir, file), "utf8"))[0].file).toBe("warn.yaml");
    }
  });
});
