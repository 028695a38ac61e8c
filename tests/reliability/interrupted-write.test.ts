// A run stopped mid-write (Ctrl-C, SIGTERM) or failing mid-write (a full disk, a read-only
// directory) leaves the old file whole and no temporary file behind. The write is slowed or failed
// halfway with the test-only COMMUNITY_PLAN_TEST_WRITE_* variables (src/io/atomic-write.ts).
import { spawn } from "node:child_process";
import { chmodSync, mkdirSync, mkdtempSync, readdirSync, readFileSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import path from "node:path";
import { describe, expect, it } from "vitest";
import { binPath, repoRoot, runCli } from "../helpers/run-cli.js";
import { minimalPlan, TODAY } from "../helpers/plans.js";

const OLD = "the old file, which must survive\n";
const example = path.join(repoRoot, "examples/dev-community.yaml");

interface Scenario {
  name: string;
  /** The file the command writes (relative to its directory), and the command line. */
  target: string;
  args: (dir: string) => string[];
}

const scenarios: Scenario[] = [
  { name: "calendar --output", target: "cal.ics", args: () => ["calendar", example, "--today", TODAY, "--quarter", "2027-Q1", "--format", "ics", "--output", "cal.ics"] },
  { name: "render", target: "out/strategy.md", args: () => ["render", example, "--today", TODAY, "--out", "out", "--only", "strategy"] },
  { name: "init --force", target: "plan.yaml", args: () => ["init", "plan.yaml", "--yes", "--force", "--today", TODAY] },
  { name: "lint --report", target: "lint.sarif", args: () => ["lint", example, "--today", TODAY, "--report", "sarif=lint.sarif"] },
];

function setUp(scenario: Scenario): string {
  const dir = mkdtempSync(path.join(tmpdir(), "community-plan-interrupt-"));
  mkdirSync(path.join(dir, "out"));
  writeFileSync(path.join(dir, scenario.target), OLD);
  return dir;
}

/** Every file under dir, relative, sorted; temp files start with a dot and end in .tmp. */
function listing(dir: string): string[] {
  return readdirSync(dir, { recursive: true, encoding: "utf8" }).sort();
}

async function interrupt(dir: string, args: string[], signal: NodeJS.Signals): Promise<{ code: number | null; stderr: string }> {
  const child = spawn(process.execPath, [binPath, ...args], {
    cwd: dir,
    env: { ...process.env, NO_COLOR: "1", TZ: "Europe/Amsterdam", COMMUNITY_PLAN_TEST_WRITE_DELAY_MS: "5000" },
    stdio: ["ignore", "ignore", "pipe"],
  });
  let stderr = "";
  child.stderr.on("data", (chunk: Buffer) => (stderr += chunk.toString()));
  const exited = new Promise<number | null>((resolve) => child.on("close", (code) => { resolve(code); }));
  // Wait until the half-written temporary file exists, then stop the run.
  const started = Date.now();
  while (!listing(dir).some((name) => name.endsWith(".tmp"))) {
    if (Date.now() - started > 15_000) throw new Error(`no temp file appeared; stderr: ${stderr}`);
    await new Promise((resolve) => setTimeout(resolve, 20));
  }
  child.kill(signal);
  return { code: await exited, stderr };
}

describe("an interrupted write leaves the old file and no temp file", () => {
  for (const scenario of scenarios) {
    it(`${scenario.name}: Ctrl-C exits 130 with one line`, async () => {
      const dir = setUp(scenario);
      const before = listing(dir);
      const run = await interrupt(dir, scenario.args(dir), "SIGINT");
      expect(run.code).toBe(130);
      expect(run.stderr.split("\n").filter((line) => line.startsWith("community-plan:"))).toEqual([
        "community-plan: interrupted (SIGINT); no file was left half-written",
      ]);
      expect(run.stderr).not.toMatch(/\n\s+at /);
      expect(readFileSync(path.join(dir, scenario.target), "utf8")).toBe(OLD);
      expect(listing(dir)).toEqual(before);
    });
  }

  it("SIGTERM exits 143, same guarantees", async () => {
    const dir = setUp(scenarios[0]!);
    const run = await interrupt(dir, scenarios[0]!.args(dir), "SIGTERM");
    expect(run.code).toBe(143);
    expect(run.stderr).toBe("community-plan: interrupted (SIGTERM); no file was left half-written\n");
    expect(readFileSync(path.join(dir, "cal.ics"), "utf8")).toBe(OLD);
    expect(listing(dir)).toEqual(["cal.ics", "out"]);
  });

  it("without the delay the same run replaces the file whole", () => {
    const dir = setUp(scenarios[0]!);
    const run = runCli(scenarios[0]!.args(dir), { cwd: dir });
    expect(run.code, run.stderr).toBe(0);
    expect(readFileSync(path.join(dir, "cal.ics"), "utf8")).toMatch(/^BEGIN:VCALENDAR\r\n[\s\S]*END:VCALENDAR\r\n$/);
    expect(listing(dir)).toEqual(["cal.ics", "out"]);
  });
});

describe("a failing disk gives one line, exit 2, the old file and no temp file", () => {
  for (const scenario of scenarios) {
    it(`${scenario.name}: a full disk (ENOSPC, injected halfway through the write)`, () => {
      const dir = setUp(scenario);
      const before = listing(dir);
      const run = runCli(scenario.args(dir), { cwd: dir, env: { COMMUNITY_PLAN_TEST_WRITE_FAIL: "ENOSPC" } });
      expect(run.code).toBe(2);
      const messages = run.stderr.split("\n").filter((line) => line.startsWith("community-plan:"));
      expect(messages).toHaveLength(1);
      expect(messages[0]).toMatch(new RegExp(`^community-plan: cannot be written \\(ENOSPC\\); nothing was changed \\(.*${path.basename(scenario.target)}\\)$`));
      expect(run.stderr).toContain("  hint: the disk is full; free some space and run again\n");
      expect(readFileSync(path.join(dir, scenario.target), "utf8")).toBe(OLD);
      expect(listing(dir)).toEqual(before);
    });
  }

  it("a read-only directory (EROFS injected when running as root, who writes through chmod)", () => {
    const dir = mkdtempSync(path.join(tmpdir(), "community-plan-readonly-"));
    writeFileSync(path.join(dir, "plan.yaml"), minimalPlan);
    const asRoot = process.getuid?.() === 0;
    if (!asRoot) chmodSync(dir, 0o555);
    try {
      const run = runCli(["calendar", "plan.yaml", "--today", TODAY, "--quarter", "2027-Q1", "--output", "cal.ics"], {
        cwd: dir,
        env: asRoot ? { COMMUNITY_PLAN_TEST_WRITE_FAIL: "EROFS" } : {},
      });
      expect(run.code).toBe(2);
      expect(run.stderr).toBe(
        asRoot
          ? "community-plan: cannot be written (EROFS); nothing was changed (" + path.join(dir, "cal.ics") + ")\n  hint: the file system is read-only; write somewhere else\n"
          : "community-plan: cannot be written (EACCES); nothing was changed (" + path.join(dir, "cal.ics") + ")\n  hint: check that the directory is writable\n",
      );
      expect(listing(dir)).toEqual(["plan.yaml"]);
    } finally {
      chmodSync(dir, 0o755);
    }
  });
});
