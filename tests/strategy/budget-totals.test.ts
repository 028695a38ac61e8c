import { describe, expect, it } from "vitest";
import { budgetTotals } from "../../src/strategy/budget-totals.js";
import type { Plan } from "../../src/plan/types.js";

const plan = (budget: Plan["budget"], contests: NonNullable<Plan["engagement"]>["contests"] = []) =>
  ({ goals: [{ id: "support", title: "S" }, { id: "growth", title: "G" }, { id: "unfunded", title: "U" }], budget, engagement: { contests } }) as unknown as Plan;

describe("budgetTotals", () => {
  it("counts a year: once in full, month × 12, quarter × 4, year once", () => {
    const totals = budgetTotals(plan({ currency: "EUR", items: [
      { id: "a", name: "A", amount: 100, per: "once" },
      { id: "b", name: "B", amount: 10, per: "month" },
      { id: "c", name: "C", amount: 50, per: "quarter" },
      { id: "d", name: "D", amount: 7, per: "year" },
    ] }));
    expect(totals.perYear).toBe(100 + 120 + 200 + 7);
    expect(totals.unassigned).toBe(427);
    expect(totals.currency).toBe("EUR");
  });

  it("splits an item serving several goals evenly and counts a contest's prize once under its goals", () => {
    const totals = budgetTotals(plan(
      { currency: "EUR", items: [{ id: "forum", name: "Forum", amount: 100, per: "month", goals: ["support", "growth"] }] },
      [{ id: "build", title: "Build", prizeValue: 300, goals: ["growth"] }],
    ));
    expect(totals.perYear).toBe(1500);
    expect([...totals.perGoal]).toEqual([["support", 600], ["growth", 900], ["unfunded", 0]]);
    expect(totals.unassigned).toBe(0);
  });

  it("is zero without a budget", () => {
    const totals = budgetTotals(plan(undefined));
    expect(totals).toEqual({ currency: undefined, perYear: 0, perGoal: new Map([["support", 0], ["growth", 0], ["unfunded", 0]]), unassigned: 0 });
  });
});
