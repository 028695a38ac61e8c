#!/usr/bin/env node
// Makes the V8 code caches of the CLI's chunks (run by `npm run build`, after the bundle and the
// precompiled templates). The caches hold bytecode for the functions a run actually calls, so
// they are made by running the CLI: every command once on the examples, in this one process,
// with its output thrown away. src/boot/code-cache-loader.ts reads them at start-up. The
// precompiled templates load through the same loader, so they get caches too.
import { mkdtempSync, rmSync } from "node:fs";
import os from "node:os";
import path from "node:path";
import { fileURLToPath } from "node:url";

const root = path.resolve(path.dirname(fileURLToPath(import.meta.url)), "..");
const { loadChunk, writeCodeCaches } = await import(path.join(root, "dist/boot/code-cache-loader.js"));
const { main } = loadChunk(path.join(root, "dist/cli-bundle/cli.cjs"));

const scratch = mkdtempSync(path.join(os.tmpdir(), "community-plan-code-cache-"));
const today = ["--today", "2027-01-04"];
// No --version or --help: src/boot/ answers those before the CLI loads, and their code in the
// caches (commander's help formatting, a quarter of cli.cjs's cache) would only be read, on
// every run, for nothing.
const runs = [
  ["lint", "examples/dev-community.yaml", "examples/dutch-brand.yaml", "examples/global-gaming.yaml", ...today],
  ["lint", "examples/*.yaml", "--format", "json", ...today],
  ["calendar", "examples/global-gaming.yaml", "--quarter", "next", ...today],
  ["calendar", "examples/dev-community.yaml", "--quarter", "next", "--format", "ics", ...today],
  ["render", "examples/global-gaming.yaml", "--out", path.join(scratch, "docs"), ...today],
  // Also caches the HTML templates' modules (dist/precompiled-templates/), which load through loadChunk.
  ["render", "examples/dev-community.yaml", "--format", "html", "--out", path.join(scratch, "html"), ...today],
  ["progress", "examples/dev-community.yaml", "--actuals", "examples/dev-community.actuals.csv", ...today],
  ["rules"],
  ["init", path.join(scratch, "plan.yaml"), "--yes", ...today],
];

const sink = { write: () => true, isTTY: false };
const io = { stdout: sink, stderr: sink, env: { NO_COLOR: "1" }, cwd: root };
try {
  for (const argv of runs) {
    const code = await main(["node", "community-plan", ...argv], io);
    // 1 is lint's or progress's verdict on a plan; only 2 and above mean the run itself failed.
    if (code > 1) throw new Error(`community-plan ${argv.join(" ")} exited ${code} while making the code caches`);
  }
} finally {
  rmSync(scratch, { recursive: true, force: true });
}
const written = writeCodeCaches();
const templates = written.filter((file) => file.includes(`${path.sep}precompiled-templates${path.sep}`)).length;
console.log(`wrote code caches for ${written.length - templates} chunks of dist/cli-bundle/ and ${templates} precompiled templates`);
