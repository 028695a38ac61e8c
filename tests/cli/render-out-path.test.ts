// An --out that cannot be made gets the same one line as calendar --output ("cannot be written
// (<errno>); nothing was changed", the path, a hint), exit 2, never "unexpected error", and no
// path makes render hang (Node's recursive mkdir loops for ever on /proc/x).
import { spawnSync } from "node:child_process";
import { chmodSync, existsSync, mkdirSync, mkdtempSync, readdirSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import path from "node:path";
import { beforeEach, describe, expect, it } from "vitest";
import { minimalPlan, TODAY } from "../helpers/plans.js";
import { binPath, runCli } from "../helpers/run-cli.js";

let dir: string;
beforeEach(() => {
  dir = mkdtempSync(path.join(tmpdir(), "community-plan-out-path-"));
  writeFileSync(path.join(dir, "plan.yaml"), minimalPlan);
});

const render = (out: string) => runCli(["render", "plan.yaml", "--today", TODAY, "--out", out], { cwd: dir });

describe("render --out that cannot be written", () => {
  it("a part of the path is a file (plan.yaml/docs): ENOTDIR, as calendar --output says it", () => {
    const run = render("plan.yaml/docs");
    expect(run).toEqual({
      code: 2,
      stdout: "",
      stderr: `community-plan: cannot be written (ENOTDIR); nothing was changed (${path.join(dir, "plan.yaml/docs")})\n  hint: a part of the path is a file, not a directory\n`,
    });
    const calendar = runCli(["calendar", "plan.yaml", "--today", TODAY, "--output", "plan.yaml/cal.md"], { cwd: dir });
    expect(calendar.stderr.replace("cal.md", "docs")).toBe(run.stderr);
    expect(readdirSync(dir)).toEqual(["plan.yaml"]);
  });

  it("a file deeper in the path (plan.yaml/a/b)", () => {
    expect(render("plan.yaml/a/b").stderr).toMatch(/^community-plan: cannot be written \(ENOTDIR\); nothing was changed \(.*plan\.yaml\/a\/b\)\n {2}hint: /);
  });

  it("a folder that cannot be written: EACCES (EPERM under /sys when running as root)", () => {
    const asRoot = process.getuid?.() === 0;
    if (asRoot && !existsSync("/sys/kernel")) return;
    const locked = path.join(dir, "locked");
    mkdirSync(locked);
    if (!asRoot) chmodSync(locked, 0o555);
    try {
      const out = asRoot ? "/sys/kernel/community-plan-test/docs" : path.join(locked, "docs");
      const run = render(out);
      expect(run.code).toBe(2);
      expect(run.stdout).toBe("");
      expect(run.stderr).toMatch(new RegExp(`^community-plan: cannot be written \\((EACCES|EPERM|EROFS)\\); nothing was changed \\(${out.replace(/[/.]/g, "\\$&")}\\)\\n  hint: .+\\n$`));
      expect(existsSync(out)).toBe(false);
    } finally {
      chmodSync(locked, 0o755);
    }
  });

  it("--out /proc/x ends at once with the same kind of line", () => {
    if (!existsSync("/proc/self")) return;
    // SIGKILL: a process spinning inside a synchronous mkdir never runs its SIGTERM handler.
    const run = spawnSync(process.execPath, [binPath, "render", "plan.yaml", "--today", TODAY, "--out", "/proc/community-plan-test/docs"], {
      cwd: dir,
      encoding: "utf8",
      timeout: 10_000,
      killSignal: "SIGKILL",
    });
    expect(run.signal, "render hung and was killed").toBeNull();
    expect(run.status).toBe(2);
    expect(run.stderr).toMatch(/^community-plan: cannot be written \(E[A-Z]+\); nothing was changed \(\/proc\/community-plan-test\/docs\)\n {2}hint: .+\n$/);
  }, 15_000);

  it("still makes missing folders, several levels deep", () => {
    const run = render("a/b/c");
    expect(run.code, run.stderr).toBe(0);
    expect(readdirSync(path.join(dir, "a/b/c")).sort()).toEqual([".community-plan-docs.json", "calendar.md", "guidelines.en.md", "strategy.md"]);
  });
});
