import { describe, expect, it } from "vitest";
import { goalsByPriority } from "../../src/strategy/goals-by-priority.js";

describe("goalsByPriority", () => {
  it("puts ranked goals first by priority; ties and unranked goals keep file order, after the ranked", () => {
    const goals = [{ id: "a" }, { id: "b", priority: 2 }, { id: "c", priority: 1 }, { id: "d" }, { id: "e", priority: 2 }];
    expect(goalsByPriority(goals).map((g) => g.id)).toEqual(["c", "b", "e", "a", "d"]);
  });

  it("leaves the input alone", () => {
    const goals = [{ id: "a", priority: 2 }, { id: "b", priority: 1 }];
    goalsByPriority(goals);
    expect(goals.map((g) => g.id)).toEqual(["a", "b"]);
  });
});
