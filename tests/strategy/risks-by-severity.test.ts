import { describe, expect, it } from "vitest";
import { risksBySeverity } from "../../src/strategy/risks-by-severity.js";
import type { Risk } from "../../src/plan/types.js";

const risk = (id: string, likelihood: Risk["likelihood"], impact: Risk["impact"]): Risk => ({ id, risk: id, likelihood, impact, mitigation: "m", owner: "o" });

describe("risksBySeverity", () => {
  it("multiplies likelihood by impact (1/2/3) and sorts most severe first, ties in file order", () => {
    const rated = risksBySeverity([risk("a", "low", "high"), risk("b", "high", "high"), risk("c", "medium", "medium"), risk("d", "high", "low"), risk("e", "low", "low")]);
    expect(rated.map((r) => [r.risk.id, r.severity])).toEqual([["b", 9], ["c", 4], ["a", 3], ["d", 3], ["e", 1]]);
  });
});
