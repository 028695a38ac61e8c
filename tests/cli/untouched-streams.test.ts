// A lint of a clean plan has nothing to say, and in CI that is most runs: it must not set up
// stdout or stderr (about 2.5 ms of net, tty and stream modules for a pipe), while a run that
// does print still ends quietly when its reader goes away (tests/cli/conventions.test.ts).
import { spawnSync } from "node:child_process";
import { mkdtempSync, rmSync, writeFileSync } from "node:fs";
import os from "node:os";
import path from "node:path";
import { afterAll, describe, expect, it } from "vitest";
import { binPath, repoRoot } from "../helpers/run-cli.js";

const scratch = mkdtempSync(path.join(os.tmpdir(), "community-plan-streams-"));
const probeFile = path.join(scratch, "probe.cjs");
afterAll(() => { rmSync(scratch, { recursive: true, force: true }); });

/** The built CLI's run, and which of process.stdout and process.stderr it set up. */
function streamsSetUp(args: string[]): { code: number | null; stdout: string; setUp: string[] } {
  const probe =
    "const used = []; for (const name of ['stdout', 'stderr']) { const d = Object.getOwnPropertyDescriptor(process, name); " +
    "Object.defineProperty(process, name, { configurable: true, get() { if (!used.includes(name)) used.push(name); return d.get.call(process); } }); } " +
    "process.on('exit', () => require('node:fs').writeSync(3, used.join(',')));";
  writeFileSync(probeFile, probe);
  const run = spawnSync(process.execPath, ["--require", probeFile, binPath, ...args], { cwd: repoRoot, stdio: ["ignore", "pipe", "pipe", "pipe"], env: { ...process.env, NO_COLOR: "1" } });
  return { code: run.status, stdout: run.stdout.toString(), setUp: run.output[3]!.toString().split(",").filter(Boolean) };
}

describe("process streams", () => {
  it("are not set up by a lint with nothing to report", () => {
    expect(streamsSetUp(["lint", "examples/global-gaming.yaml", "--today", "2027-01-04"])).toEqual({ code: 0, stdout: "", setUp: [] });
  });

  it("are set up when there is something to print", () => {
    const run = streamsSetUp(["lint", "tests/fixtures/hostile/misspelt-zone.yaml", "--today", "2027-01-04"]);
    expect(run.setUp).toContain("stdout");
    expect(run.stdout).toContain("valid-time-zones");
  });
});
