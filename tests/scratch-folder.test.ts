// tests/global-setup.ts points every scratch file of a run into one folder it removes afterwards.
import { existsSync, mkdtempSync } from "node:fs";
import { tmpdir } from "node:os";
import path from "node:path";
import { expect, it } from "vitest";

it("scratch folders are made inside the run's own folder, which exists while the run lasts", () => {
  expect(path.basename(tmpdir())).toMatch(/^community-plan-tests-/);
  const scratch = mkdtempSync(path.join(tmpdir(), "scratch-"));
  expect(path.dirname(scratch)).toBe(tmpdir());
  expect(existsSync(scratch)).toBe(true);
});
