import fc from "fast-check";
import { describe, expect, it } from "vitest";
import { characters } from "../../src/util/characters.js";
import { wrapPieces, wrapWords } from "../../src/util/wrap-words.js";

const length = (text: string) => characters(text).length;
// Words of letters, wide characters and emoji, so widths count code points, not UTF-16 units.
const word = fc.string({ unit: fc.constantFrom("a", "b", "é", "毎", "😀", "-"), minLength: 1, maxLength: 14 });

describe("wrapWords", () => {
  it("breaks at spaces into lines no wider than asked", () => {
    expect(wrapWords("the trend gets 80% of the way by the deadline", 20)).toEqual(["the trend gets 80%", "of the way by the", "deadline"]);
    expect(wrapWords("  spaces   between  ", 40)).toEqual(["spaces between"]);
    expect(wrapWords("", 10)).toEqual([]);
  });

  it("gives a word wider than the line a line of its own instead of cutting it", () => {
    expect(wrapWords("see members-with-accepted-answer now", 10)).toEqual(["see", "members-with-accepted-answer", "now"]);
  });

  it("keeps every word, in order, and fills each line as far as the next word allows", () => {
    fc.assert(
      fc.property(fc.array(word, { maxLength: 30 }), fc.integer({ min: 1, max: 40 }), (words, width) => {
        const lines = wrapWords(words.join(" "), width);
        expect(lines.join(" ").split(" ")).toEqual(words.length === 0 ? [""] : words);
        lines.forEach((line, i) => {
          if (line.includes(" ")) expect(length(line)).toBeLessThanOrEqual(width);
          const next = lines[i + 1]?.split(" ")[0];
          if (next !== undefined) expect(length(line) + 1 + length(next)).toBeGreaterThan(width);
        });
      }),
    );
  });
});

describe("wrapPieces", () => {
  it("keeps a piece on one line where it fits on one, and breaks only a piece wider than a line", () => {
    expect(wrapPieces(["latest: 37% on 2027-01-31;", "baseline → target: 35 → 50%;", "deadline: 2027-06-30"], 40)).toEqual([
      "latest: 37% on 2027-01-31;",
      "baseline → target: 35 → 50%;",
      "deadline: 2027-06-30",
    ]);
    expect(wrapPieces(["a: 1;", "b: 2;", "a piece longer than the line"], 12)).toEqual(["a: 1; b: 2;", "a piece", "longer than", "the line"]);
  });

  it("never splits a piece that fits on a line", () => {
    fc.assert(
      fc.property(fc.array(fc.array(word, { minLength: 1, maxLength: 4 }).map((ws) => ws.join(" ")), { maxLength: 12 }), fc.integer({ min: 1, max: 50 }), (pieces, width) => {
        const lines = wrapPieces(pieces, width);
        for (const piece of pieces) if (length(piece) <= width) expect(lines.some((line) => line.includes(piece))).toBe(true);
      }),
    );
  });
});
