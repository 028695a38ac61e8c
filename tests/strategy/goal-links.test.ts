import { describe, expect, it } from "vitest";
import { activitiesByGoal } from "../../src/strategy/activities-by-goal.js";
import { journeyLevelsByGoal } from "../../src/strategy/journey-levels-by-goal.js";
import type { Plan } from "../../src/plan/types.js";

const plan = {
  goals: [{ id: "support", title: "S" }, { id: "growth", title: "G" }, { id: "feedback", title: "F" }],
  targets: [{ id: "members", goal: "growth", metric: "members" }],
  content: {
    series: [{ id: "welcome", goals: ["growth"] }, { id: "tips", goals: ["support", "growth"] }],
    events: [{ id: "welcome", goals: ["feedback"] }],
  },
  engagement: { tactics: [{ id: "helper", name: "H", goals: ["support"] }], contests: [{ id: "build", title: "B" }] },
  journey: {
    levels: [
      { id: "newcomer", moveUp: ["tips"] },
      { id: "regular", moveUp: ["welcome"], target: "members" },
      { id: "helper", moveUp: ["helper", "nowhere"] },
      { id: "leader", moveUp: [] },
    ],
  },
} as unknown as Plan;

describe("goal links", () => {
  it("maps each goal to the activities that name it, in plan order across sections", () => {
    const byGoal = activitiesByGoal(plan);
    expect([...byGoal].map(([goal, list]) => [goal, list.map((a) => `${a.kind}:${a.id}`)])).toEqual([
      ["support", ["series:tips", "tactics:helper"]],
      ["growth", ["series:welcome", "series:tips"]],
      ["feedback", ["events:welcome"]],
    ]);
  });

  it("a level serves a goal through its target or an unambiguous moveUp activity", () => {
    const byGoal = journeyLevelsByGoal(plan);
    // `regular` moves up through `welcome`, which names a series and an event: only its target counts.
    expect([...byGoal].map(([goal, levels]) => [goal, levels.map((l) => l.id)])).toEqual([
      ["support", ["newcomer", "helper"]],
      ["growth", ["newcomer", "regular"]],
      ["feedback", []],
    ]);
  });
});
