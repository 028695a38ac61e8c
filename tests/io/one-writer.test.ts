// Every file the tool writes goes through src/io/atomic-write.ts, which refuses to replace an
// input and leaves nothing behind on a signal. A module that imports a writing function of node:fs
// itself would skip both; this test names it.
import { readdirSync, readFileSync } from "node:fs";
import path from "node:path";
import { describe, expect, it } from "vitest";
import { repoRoot } from "../helpers/run-cli.js";

const WRITING = new Set([
  "appendFile", "appendFileSync", "copyFile", "copyFileSync", "cp", "cpSync", "createWriteStream", "link", "linkSync",
  "mkdir", "mkdirSync", "mkdtemp", "mkdtempSync", "open", "openSync", "rename", "renameSync", "rm", "rmSync",
  "symlink", "symlinkSync", "truncate", "truncateSync", "unlink", "unlinkSync", "write", "writeSync", "writeFile",
  "writeFileSync", "writev", "writevSync",
]);

/** The modules allowed to write, and why. */
const ALLOWED: Record<string, string> = {
  "io/atomic-write.ts": "the one writer",
  "io/make-directory.ts": "creates the folders the writer writes into",
  "io/interrupt.ts": "removes the writer's temporary files on a signal",
};

function sourceFiles(dir: string): string[] {
  return readdirSync(dir, { recursive: true, encoding: "utf8" }).filter((file) => file.endsWith(".ts")).map((file) => file.split(path.sep).join("/"));
}

/** Names imported from node:fs or node:fs/promises, and whole-module imports, per file. */
function fsImports(source: string): string[] {
  const names: string[] = [];
  for (const match of source.matchAll(/import\s+([^;]*?)\s+from\s+["'](?:node:)?fs(?:\/promises)?["']/g)) {
    const clause = match[1]!;
    const named = /\{([^}]*)\}/.exec(clause);
    if (named) for (const part of named[1]!.split(",")) if (part.trim()) names.push(part.trim().split(/\s+as\s+/)[0]!.trim());
    if (/^\s*(\*\s+as\s+\w+|\w+)\s*(,|$)/.test(clause)) names.push("*");
  }
  return names;
}

describe("one writer", () => {
  it("no module outside the writer imports a writing function of node:fs", () => {
    const src = path.join(repoRoot, "src");
    const offenders = sourceFiles(src)
      .filter((file) => !(file in ALLOWED))
      .flatMap((file) => fsImports(readFileSync(path.join(src, file), "utf8")).filter((name) => name === "*" || WRITING.has(name)).map((name) => `${file}: ${name}`));
    expect(offenders).toEqual([]);
  });

  it("sees named, renamed and whole-module imports", () => {
    expect(fsImports('import { readFileSync, writeFileSync as w } from "node:fs";\nimport fs from "fs";\nimport * as p from "node:fs/promises";')).toEqual([
      "readFileSync",
      "writeFileSync",
      "*",
      "*",
    ]);
  });
});
