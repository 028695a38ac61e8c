// The bounded, memoising matcher must suggest exactly what a plain Levenshtein search over every
// candidate suggests: the first candidate at the smallest distance, when it is close enough.
import fc from "fast-check";
import { describe, expect, it } from "vitest";
import { closest, editDistance, typoMatcher } from "../../src/util/closest.js";
import { fuzzParams } from "../reliability/fuzz-settings.js";

function fullDistance(a: string, b: string): number {
  let previous = Array.from({ length: b.length + 1 }, (_, i) => i);
  for (let i = 1; i <= a.length; i++) {
    const current = [i];
    for (let j = 1; j <= b.length; j++) {
      current[j] = Math.min(previous[j]! + 1, current[j - 1]! + 1, previous[j - 1]! + (a[i - 1] === b[j - 1] ? 0 : 1));
    }
    previous = current;
  }
  return previous[b.length]!;
}

function referenceClosest(input: string, candidates: readonly string[]): string | undefined {
  let best: string | undefined;
  let bestDistance = Infinity;
  for (const candidate of candidates) {
    const distance = fullDistance(input.toLowerCase(), candidate.toLowerCase());
    if (distance < bestDistance) [best, bestDistance] = [candidate, distance];
  }
  return bestDistance <= Math.max(2, Math.floor(input.length / 3)) ? best : undefined;
}

// Few letters, so random words are often a typo apart.
const word = fc.string({ unit: fc.constantFrom("a", "b", "c", "A", "-", "İ"), maxLength: 12 });

describe("closest", () => {
  it("suggests a near id and nothing for a far one", () => {
    expect(closest("persona-1", ["persona-10", "goal-1"])).toBe("persona-10");
    expect(closest("gaol-7", ["goal-7", "goal-70"])).toBe("goal-7");
    expect(closest("livestream", ["forum", "chat"])).toBeUndefined();
    expect(closest("x", [])).toBeUndefined();
  });

  it("measures the same distance as a full Levenshtein table", () => {
    fc.assert(fc.property(word, word, (a, b) => editDistance(a, b) === fullDistance(a, b)), fuzzParams(500));
  });

  it("picks what a search over every candidate picks, also when asked again", () => {
    fc.assert(
      fc.property(fc.array(word, { maxLength: 20 }), fc.array(word, { minLength: 1, maxLength: 5 }), (candidates, inputs) => {
        const match = typoMatcher(candidates);
        for (const input of [...inputs, ...inputs]) expect(match(input)).toBe(referenceClosest(input, candidates));
      }),
      fuzzParams(300),
    );
  });
});
