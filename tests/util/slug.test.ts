import { describe, expect, it } from "vitest";
import { slugify, uniqueId } from "../../src/util/slug.js";

describe("slugify", () => {
  it("keeps letters that decomposition cannot reduce, as CLDR's Latin-ASCII spells them", () => {
    expect(slugify("Strikkeklubben Nøstet")).toBe("strikkeklubben-nostet");
    expect(slugify("Ærlig Åpen Grüße")).toBe("aerlig-apen-grusse");
    expect(slugify("Łódź Þing Œuvre Đorđe")).toBe("lodz-thing-oeuvre-dorde");
    expect(slugify("STRASSE ØST")).toBe("strasse-ost");
  });

  it("drops accents and joins words with single hyphens", () => {
    expect(slugify("Indie Developer (EU)")).toBe("indie-developer-eu");
    expect(slugify("  Café -- Crème brûlée!  ")).toBe("cafe-creme-brulee");
  });

  it("falls back to item when nothing usable is left, and caps the length at 50", () => {
    expect(slugify("🎉 ✨")).toBe("item");
    expect(slugify("日本語")).toBe("item");
    const long = slugify("word ".repeat(30));
    expect(long.length).toBeLessThanOrEqual(50);
    expect(long.endsWith("-")).toBe(false);
  });
});

describe("uniqueId", () => {
  it("numbers a taken slug", () => {
    expect(uniqueId("Nøstet", ["nostet", "nostet-2"])).toBe("nostet-3");
    expect(uniqueId("Nøstet", [])).toBe("nostet");
  });
});
