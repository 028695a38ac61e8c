import { existsSync, mkdirSync, readFileSync, writeFileSync } from "node:fs";
import path from "node:path";
import { fileURLToPath } from "node:url";
import { expect } from "vitest";

const dir = path.join(path.dirname(fileURLToPath(import.meta.url)), "golden");

/** Compares with tests/progress/golden/<name>; UPDATE_GOLDEN=1 rewrites the file instead (review the diff). */
export function expectGolden(name: string, actual: string): void {
  const file = path.join(dir, name);
  if (process.env.UPDATE_GOLDEN === "1" || !existsSync(file)) {
    if (process.env.CI) throw new Error(`golden file ${name} is missing`);
    mkdirSync(dir, { recursive: true });
    writeFileSync(file, actual);
  }
  expect(actual).toBe(readFileSync(file, "utf8"));
}
