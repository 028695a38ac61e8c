// Every catalogue, as the library API has them (the CLI loads the ones a run writes).
import { readFileSync } from "node:fs";
import path from "node:path";
import { describe, expect, it } from "vitest";
import { lintText } from "../../src/lint/lint-text.js";
import { missingSections } from "../../src/render/labels/index.js";
import { planFromText } from "../render/render-helpers.js";
import { exampleFiles, TODAY } from "../helpers/plans.js";

// What a guidelines document takes from the built-in text (render/documents.ts warns on the same).
const GUIDELINE_SECTIONS = ["locale", "words", "guidelines", "label", "footer"];

describe("the examples", () => {
  it("there are at least three", () => {
    expect(exampleFiles().length).toBeGreaterThanOrEqual(3);
  });

  for (const file of exampleFiles()) {
    it(`${path.basename(file)} lints clean, but for languages whose built-in text is still being written`, async () => {
      const text = readFileSync(file, "utf8");
      const result = await lintText(text, file, { today: TODAY });
      const shown = (d: (typeof result.diagnostics)[number]) => `${d.line}:${d.column} ${d.ruleId} ${d.message}`;
      expect(result.diagnostics.filter((d) => d.ruleId !== "document-language").map(shown)).toEqual([]);
      // Until a catalogue under way is complete (labels/ja.ts …), the rule names its language once.
      const plan = planFromText(text);
      const unfinished = plan.community.languages.filter((tag) => missingSections(tag).some((s) => GUIDELINE_SECTIONS.includes(s)));
      expect(result.diagnostics.filter((d) => d.ruleId === "document-language").map((d) => d.data?.language)).toEqual(unfinished);
    });
  }
});
