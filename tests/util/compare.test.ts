import { describe, expect, it } from "vitest";
import { compareStrings } from "../../src/util/compare.js";

describe("compareStrings", () => {
  it("orders by code unit, not by the locale's collation", () => {
    // A collator puts "b" before "Z" and ignores case first; output order must not depend on LANG.
    expect(["b", "Z", "a-b", "ab", "a", "é", "e"].sort(compareStrings)).toEqual(["Z", "a", "a-b", "ab", "b", "e", "é"]);
  });

  it("is a consistent comparator", () => {
    expect(compareStrings("x", "x")).toBe(0);
    expect(compareStrings("a", "b")).toBe(-1);
    expect(compareStrings("b", "a")).toBe(1);
  });
});
