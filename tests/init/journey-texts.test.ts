import { describe, expect, it } from "vitest";
import { guidelineTexts } from "../../src/prompts/catalogues/guideline-texts.js";
import { journeyTexts, journeyTextsFor } from "../../src/prompts/catalogues/journey-texts.js";

describe("the default journey's texts", () => {
  it("ship for every language the guidelines ship for, each text its own", () => {
    expect(Object.keys(journeyTexts).sort()).toEqual(Object.keys(guidelineTexts).sort());
    for (const [tag, texts] of Object.entries(journeyTexts)) {
      const all = [...texts.levels.flatMap((level) => [level.name, level.description]), texts.spotlight.name, texts.spotlight.description, texts.invitation.name, texts.invitation.description];
      expect(new Set(all).size, tag).toBe(all.length);
      // A text copied from English is an untranslated one, unless the word is the same in both.
      const sameInBoth: Record<string, string[]> = { fr: ["Participant"] };
      if (tag !== "en") expect(all.filter((text) => JSON.stringify(journeyTexts.en).includes(JSON.stringify(text))), tag).toEqual(sameInBoth[tag] ?? []);
    }
  });

  it("fall back from a regional tag to its language, from no to nb, and to English when there are none", () => {
    expect(journeyTextsFor("nl-BE").levels[0].name).toBe("Nieuwkomer");
    expect(journeyTextsFor("no").levels[0].name).toBe("Nykommer");
    expect(journeyTextsFor("ja").levels[0].name).toBe("Newcomer");
  });
});
