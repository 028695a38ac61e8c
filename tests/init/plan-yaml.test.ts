import { describe, expect, it } from "vitest";
import { parse } from "yaml";
import { planToYaml } from "../../src/init/plan-yaml.js";
import { orderLikeSchema } from "../../src/init/schema-order.js";
import type { Plan } from "../../src/plan/types.js";
import { minimalPlan } from "../helpers/plans.js";

describe("writing a plan as YAML", () => {
  it("puts keys in the schema's order at every depth, keeping unknown keys (language tags) in their order", () => {
    const shuffled = {
      targets: [{ deadline: "2027-03-31", id: "t", metric: "m", goal: "g" }],
      community: { team: { hoursPerWeek: 5, people: 1 }, name: "N" },
      version: 1,
      guidelines: { rules: [{ title: { nl: "Wees aardig", en: "Be kind" }, id: "be-kind" }] },
    };
    const ordered = orderLikeSchema(shuffled);
    expect(JSON.stringify(ordered)).toBe(
      JSON.stringify({
        version: 1,
        community: { name: "N", team: { people: 1, hoursPerWeek: 5 } },
        targets: [{ id: "t", goal: "g", metric: "m", deadline: "2027-03-31" }],
        guidelines: { rules: [{ id: "be-kind", title: { nl: "Wees aardig", en: "Be kind" } }] },
      }),
    );
  });

  it("round-trips: the written text parses back to the same plan", () => {
    const plan = parse(minimalPlan) as Plan;
    expect(parse(planToYaml(plan, { today: "2026-11-24" }))).toEqual(plan);
  });

  it("points the modeline where the caller asks", () => {
    const plan = parse(minimalPlan) as Plan;
    expect(planToYaml(plan, { today: "2026-11-24", schemaPath: "../schemas/community-plan.schema.json" }).split("\n")[0]).toBe(
      "# yaml-language-server: $schema=../schemas/community-plan.schema.json",
    );
    expect(planToYaml(plan, { today: "2026-11-24" }).split("\n")[0]).toBe("# Community plan, started with `community-plan init` on 2026-11-24.");
  });
});
