// The one way tests compare output with a golden file. A missing golden fails, in CI and on a
// laptop alike; only UPDATE_GOLDEN=1 (exactly "1") writes goldens, and the comparison still runs
// after it, so update mode asserts everything else as usual. Review the diff before committing.
import { existsSync, mkdirSync, readdirSync, readFileSync, writeFileSync } from "node:fs";
import path from "node:path";
import { expect } from "vitest";
import { repoRoot } from "./run-cli.js";

export const updatingGolden = (): boolean => process.env.UPDATE_GOLDEN === "1";

/** Folders (from the repository root) that hold only golden files. */
export const GOLDEN_DIRS = ["tests/golden", "tests/progress/golden", "tests/init/golden"] as const;

/** Compares `actual` with the golden file `file` (a path from the repository root). */
export function expectGolden(file: string, actual: string, label = file): void {
  const full = path.join(repoRoot, file);
  if (updatingGolden()) {
    mkdirSync(path.dirname(full), { recursive: true });
    writeFileSync(full, actual);
  } else if (!existsSync(full)) {
    throw new Error(`no golden file ${file}; write it with UPDATE_GOLDEN=1 and review the diff`);
  }
  expect(actual, label).toBe(readFileSync(full, "utf8"));
}

/** Every file under GOLDEN_DIRS, as paths from the repository root, sorted. */
export function goldenFilesOnDisk(): string[] {
  return GOLDEN_DIRS.flatMap((dir) =>
    readdirSync(path.join(repoRoot, dir), { recursive: true, withFileTypes: true })
      .filter((entry) => entry.isFile())
      .map((entry) => path.relative(repoRoot, path.join(entry.parentPath, entry.name))),
  ).sort();
}
