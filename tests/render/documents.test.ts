// Every catalogue, as the library API has them (the CLI loads the ones a run writes).
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

  it("states the response promise once, and names moderators only when the plan asks", () => {
    const guidelines = (plan: ReturnType<typeof planFromText>) =>
      renderDocuments(plan, { format: "md", today: TODAY, only: ["guidelines"] }).files[0]!.content;
    const plan = planFromText(minimalPlan);
    const plain = guidelines(plan);
    expect(plain).toContain("Flag the post.\nWe aim to respond to every report within 48 hours.");
    expect(plain).not.toContain("Who moderates");
    expect(plain).not.toContain("Sam");
    // The plan's own reporting text already promises the time: the tool does not repeat it.
    plan.guidelines!.reporting = "Flag the post; we read every report within 48 hours.";
    expect(guidelines(plan)).not.toContain("We aim to respond");
    plan.guidelines!.reporting = "Flag the post; we read every report within 4 hours.";
    expect(guidelines(plan)).toContain("We aim to respond to every report within 48 hours.");
    plan.guidelines!.showModerators = true;
    expect(guidelines(plan)).toContain("## Who moderates\n\n| Name | Languages | Hours | Time zone |\n| --- | --- | --- | --- |\n| Sam | English | every day, 08:00–20:00 | Europe/Amsterdam |");
  });

  it("writes the strategy document and calendar in --lang, whatever the plan says", () => {
    const plan = planFromFile(multilingualPlanFile);
    const { files, warnings } = renderDocuments(plan, { format: "md", today: TODAY, lang: "nb", only: ["strategy", "calendar"] });
    expect(files.map((f) => f.content.split("\n")[0])).toEqual(["# Fietsvrienden: strategi for fellesskapet", "# Fietsvrienden: innholdskalender 2027-Q1"]);
    expect(warnings).toEqual([]);
    // German is complete: no warning. Icelandic has no built-in text: one warning that names it.
    expect(renderDocuments(plan, { format: "md", today: TODAY, lang: "de", only: ["strategy"] }).warnings).toEqual([]);
    const icelandic = renderDocuments(plan, { format: "md", today: TODAY, lang: "is", only: ["strategy"] });
    expect(icelandic.warnings).toEqual(['there is no built-in text in "is", so the strategy document uses English for the headings and fixed words']);
  });
});
