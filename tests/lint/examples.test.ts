import { readFileSync } from "node:fs";
import path from "node:path";
import { describe, expect, it } from "vitest";
import { lintText } from "../../src/lint/lint-text.js";
import { exampleFiles, TODAY } from "../helpers/plans.js";

describe("the examples", () => {
  it("there are at least three", () => {
    expect(exampleFiles().length).toBeGreaterThanOrEqual(3);
  });

  for (const file of exampleFiles()) {
    it(`${path.basename(file)} lints clean`, async () => {
      const result = await lintText(readFileSync(file, "utf8"), file, { today: TODAY });
      expect(result.diagnostics.map((d) => `${d.line}:${d.column} ${d.ruleId} ${d.message}`)).toEqual([]);
    });
  }
});
