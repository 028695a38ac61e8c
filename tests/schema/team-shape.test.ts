import { describe, expect, it } from "vitest";
import { parsePlan } from "../../src/plan/parse-plan.js";
import { validateShape } from "../../src/plan/validate-shape.js";
import { minimalPlan } from "../helpers/plans.js";
import { edit } from "../helpers/rule-cases.js";

const shape = async (text: string) => validateShape((await parsePlan(text, { file: "p.yaml" })).data);
const team = (lines: string) => edit(minimalPlan, ["    people: 1\n    hoursPerWeek: 20\n", lines]);
const member = "      - { id: sam, name: Sam, role: Lead, hoursPerWeek: 20 }\n";

describe("the team's shape", () => {
  it("accepts the totals alone, as every plan before members did", async () => {
    expect((await shape(minimalPlan)).findings).toEqual([]);
  });

  it("accepts members alone, and members with totals", async () => {
    expect((await shape(team(`    members:\n${member}`))).findings).toEqual([]);
    expect((await shape(team(`    people: 1\n    hoursPerWeek: 20\n    members:\n${member}`))).findings).toEqual([]);
  });

  it("without members still requires both totals", async () => {
    const findings = (await shape(team("    people: 1\n"))).findings;
    expect(findings.map((f) => [f.messageId, f.data?.key])).toEqual([["missingKey", "hoursPerWeek"]]);
  });

  it("requires a member's id, name, role and hours", async () => {
    const findings = (await shape(team("    members:\n      - { id: sam, name: Sam }\n"))).findings;
    expect(findings.map((f) => f.data?.key).sort()).toEqual(["hoursPerWeek", "role"]);
  });
});
