import { describe, expect, it } from "vitest";
import { resolveRange } from "../../src/time/date-range.js";
import { UsageError } from "../../src/core/errors.js";

describe("resolveRange", () => {
  it("defaults to the next quarter, across the year boundary", () => {
    expect(resolveRange({ today: "2026-11-24" })).toEqual({ from: "2027-01-01", to: "2027-03-31", label: "2027-Q1" });
    expect(resolveRange({ today: "2027-03-31" })).toEqual({ from: "2027-04-01", to: "2027-06-30", label: "2027-Q2" });
  });

  it("current and named quarters, leap February included", () => {
    expect(resolveRange({ quarter: "current", today: "2027-12-31" })).toEqual({ from: "2027-10-01", to: "2027-12-31", label: "2027-Q4" });
    expect(resolveRange({ quarter: "2028-Q1", today: "2026-11-24" })).toEqual({ from: "2028-01-01", to: "2028-03-31", label: "2028-Q1" });
    expect(resolveRange({ quarter: "2027-q3", today: "2026-11-24" }).from).toBe("2027-07-01");
  });

  it("explicit dates", () => {
    expect(resolveRange({ from: "2028-02-29", to: "2028-03-01", today: "2026-11-24" })).toEqual({
      from: "2028-02-29",
      to: "2028-03-01",
      label: "2028-02-29 to 2028-03-01",
    });
  });

  const bad: Array<[string, Parameters<typeof resolveRange>[0], RegExp]> = [
    ["a quarter that does not exist", { quarter: "2027-Q5", today: "2026-11-24" }, /not a quarter/],
    ["--from without --to", { from: "2027-01-01", today: "2026-11-24" }, /--to is missing/],
    ["--to before --from", { from: "2027-02-01", to: "2027-01-01", today: "2026-11-24" }, /before/],
    ["both kinds", { quarter: "next", from: "2027-01-01", to: "2027-01-02", today: "2026-11-24" }, /either/],
    ["not a real date", { from: "2027-02-30", to: "2027-03-01", today: "2026-11-24" }, /real date/],
  ];
  for (const [name, request, message] of bad) {
    it(`refuses ${name}`, () => {
      expect(() => resolveRange(request)).toThrow(UsageError);
      expect(() => resolveRange(request)).toThrow(message);
    });
  }
});
