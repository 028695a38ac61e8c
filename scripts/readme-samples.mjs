#!/usr/bin/env node
// The README's output samples, produced by running the built CLI on the examples. `npm run
// docs:samples` rewrites them between their markers; tests/readme.test.ts fails when they are stale.
import { spawnSync } from "node:child_process";
import { mkdtempSync, readFileSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import path from "node:path";
import { fileURLToPath } from "node:url";

export const root = path.resolve(path.dirname(fileURLToPath(import.meta.url)), "..");
const bin = path.join(root, "bin/community-plan.cjs");

function cli(args, cwd = root) {
  const env = { ...process.env, NO_COLOR: "1" };
  delete env.FORCE_COLOR;
  return spawnSync(process.execPath, [bin, ...args], { cwd, env, encoding: "utf8" });
}

/** name → the fenced block the README shows between `<!-- sample:name -->` and `<!-- /sample -->`. */
export function samples() {
  const lintArgs = ["lint", "examples/dev-community.yaml", "--today", "2027-09-01"];
  const lint = cli(lintArgs);
  const out = mkdtempSync(path.join(tmpdir(), "community-plan-readme-"));
  cli(["render", "examples/dev-community.yaml", "--today", "2027-01-04", "--out", out]);
  // The title and the one-page summary: what a director reads first.
  const lines = readFileSync(path.join(out, "strategy.md"), "utf8").split("\n");
  const strategy = lines.slice(0, lines.indexOf("## Purpose")).join("\n").trimEnd();
  return {
    lint: `\`\`\`console\n$ community-plan ${lintArgs.slice(0).join(" ")}\n${lint.stdout}${lint.stderr}\`\`\``,
    render: `\`\`\`markdown\n${strategy}\n…\n\`\`\``,
  };
}

/** The README with every sample block replaced by its current output. */
export function withSamples(readme, current = samples()) {
  return readme.replace(/(<!-- sample:([a-z-]+) -->\n)(?:[\s\S]*?\n)??(<!-- \/sample -->)/g, (_all, open, name, close) => {
    if (!(name in current)) throw new Error(`README names an unknown sample: ${name}`);
    return `${open}${current[name]}\n${close}`;
  });
}

if (process.argv[1] === fileURLToPath(import.meta.url)) {
  const file = path.join(root, "README.md");
  writeFileSync(file, withSamples(readFileSync(file, "utf8")));
}
