// The built CLI starts from V8 code caches (src/boot/code-cache-loader.ts). These check that the
// build's caches are ones this Node accepts, and that a cache V8 turns down changes nothing but
// the speed.
import { spawnSync } from "node:child_process";
import { cpSync, mkdtempSync, readdirSync, rmSync, writeFileSync } from "node:fs";
import path from "node:path";
import { afterAll, describe, expect, it } from "vitest";
import { repoRoot, runCli } from "../helpers/run-cli.js";

const loader = path.join(repoRoot, "dist/boot/code-cache-loader.js");

/** Runs `lint` through the loader from `bundleDir` in a fresh process; reports what V8 refused. */
function lintThrough(bundleDir: string): { code: number; stdout: string; rejected: string[]; loaded: number } {
  const script = `
    const { loadChunk, rejectedCaches, loadedChunks } = await import(${JSON.stringify(loader)});
    const { main } = loadChunk(${JSON.stringify(path.join(bundleDir, "cli.cjs"))});
    const out = [];
    const io = { stdout: { write: (t) => out.push(t) }, stderr: { write: (t) => out.push(t) }, env: { NO_COLOR: "1" }, cwd: ${JSON.stringify(repoRoot)} };
    const code = await main(["node", "community-plan", "lint", "examples/global-gaming.yaml", "--today", "2027-01-04", "--format", "json"], io);
    process.stdout.write(JSON.stringify({ code, stdout: out.join(""), rejected: rejectedCaches(), loaded: loadedChunks().length }));
  `;
  const run = spawnSync(process.execPath, ["--input-type=module", "-e", script], { cwd: repoRoot, encoding: "utf8" });
  expect(run.stderr).toBe("");
  return JSON.parse(run.stdout) as { code: number; stdout: string; rejected: string[]; loaded: number };
}

describe("code caches", () => {
  const copies: string[] = [];
  afterAll(() => {
    for (const copy of copies) rmSync(copy, { recursive: true, force: true });
  });

  it("are accepted by this Node for every chunk a lint run loads", () => {
    const run = lintThrough(path.join(repoRoot, "dist/cli-bundle"));
    expect(run.code).toBe(0);
    expect(run.loaded).toBeGreaterThan(1);
    expect(run.rejected).toEqual([]);
  });

  it("that V8 turns down leave the output as it was", () => {
    // A copy inside dist/, so the chunks still find the package root above them.
    const copy = mkdtempSync(path.join(repoRoot, "dist", "code-cache-test-"));
    copies.push(copy);
    cpSync(path.join(repoRoot, "dist/cli-bundle"), copy, { recursive: true });
    const caches = readdirSync(copy, { recursive: true }).map(String).filter((file) => file.endsWith(".code-cache"));
    expect(caches.length).toBeGreaterThan(1);
    for (const cache of caches) writeFileSync(path.join(copy, cache), "not a V8 code cache");
    const refused = lintThrough(copy);
    const accepted = lintThrough(path.join(repoRoot, "dist/cli-bundle"));
    expect(refused.rejected.length).toBe(refused.loaded);
    expect({ code: refused.code, stdout: refused.stdout }).toEqual({ code: accepted.code, stdout: accepted.stdout });
  });

  it("are not needed: without them the CLI runs the same", () => {
    const copy = mkdtempSync(path.join(repoRoot, "dist", "code-cache-test-"));
    copies.push(copy);
    cpSync(path.join(repoRoot, "dist/cli-bundle"), copy, { recursive: true, filter: (source) => !source.endsWith(".code-cache") });
    const bare = lintThrough(copy);
    expect(bare.rejected).toEqual([]);
    expect(bare.stdout).toBe(lintThrough(path.join(repoRoot, "dist/cli-bundle")).stdout);
    expect(runCli(["lint", "examples/global-gaming.yaml", "--today", "2027-01-04", "--format", "json"]).stdout).toBe(bare.stdout);
  });
});

describe("--version before the CLI loads", () => {
  it("prints what the CLI itself prints", async () => {
    const { answerVersionQuickly } = await import("../../src/boot/quick-version.js");
    const { main } = await import("../../src/cli.js");
    const quick: string[] = [];
    expect(answerVersionQuickly(["node", "community-plan", "--version"], { write: (text: string) => quick.push(text) })).toBe(true);
    for (const flag of ["--version", "-V"]) {
      const full: string[] = [];
      const io = { stdout: { write: (text: string) => full.push(text) }, stderr: { write: () => true }, env: {}, cwd: repoRoot };
      expect(await main(["node", "community-plan", flag], io)).toBe(0);
      expect(full.join("")).toBe(quick.join(""));
    }
    expect(runCli(["--version"]).stdout).toBe(quick.join(""));
  });

  it("leaves every other command line to the CLI", async () => {
    const { answerVersionQuickly } = await import("../../src/boot/quick-version.js");
    const none = { write: () => expect.unreachable() };
    for (const argv of [["--help"], ["lint", "--version"], ["--version", "--debug"], []]) {
      expect(answerVersionQuickly(["node", "community-plan", ...argv], none)).toBe(false);
    }
  });
});
