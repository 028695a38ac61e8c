import { describe, expect, it } from "vitest";
import { renderDocuments } from "../../src/render/documents.js";
import { minimalPlan, TODAY } from "../helpers/plans.js";
import { multilingualPlanFile, planFromFile, planFromText } from "./render-helpers.js";

describe("renderDocuments", () => {
  it("writes one guidelines file per language with text, and says what fell back", () => {
    const { files, warnings } = renderDocuments(planFromFile(multilingualPlanFile), { format: "md", today: TODAY });
    expect(files.map((f) => f.name)).toEqual([
      "strategy.md",
      "guidelines.nl.md",
      "guidelines.en.md",
      "guidelines.de.md",
      "guidelines.pt.md",
      "calendar.md",
    ]);
    expect(warnings).toEqual([
      '2 texts of the guidelines have no "de" version; the de guidelines show the nl text instead',
      'there is no built-in text in "pt", so the pt guidelines use English for the headings and fixed words',
      '4 texts of the guidelines have no "pt" version; the pt guidelines show the nl text instead',
    ]);
  });

  it("skips the guidelines, with a warning, when the plan has none", () => {
    const plan = planFromText(minimalPlan);
    delete plan.guidelines;
    const { files, warnings } = renderDocuments(plan, { format: "html", today: TODAY });
    expect(files.map((f) => f.name)).toEqual(["strategy.html", "calendar.html"]);
    expect(warnings).toEqual(["the plan has no guidelines, so no guidelines document was written"]);
  });

  it("names a community language the guidelines have no text in", () => {
    const plan = planFromText(minimalPlan.replace("languages: [en]\n  team", "languages: [en, fr]\n  team"));
    const { files, warnings } = renderDocuments(plan, { format: "md", today: TODAY, only: ["guidelines"] });
    expect(files.map((f) => f.name)).toEqual(["guidelines.en.md"]);
    expect(warnings).toEqual(['the guidelines have no text in "fr", so no fr guidelines document was written']);
  });
});
