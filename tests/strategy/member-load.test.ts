import { describe, expect, it } from "vitest";
import { estimateWeeklyLoad, weeklyLoadItems } from "../../src/strategy/load-estimate.js";
import { memberForOwner } from "../../src/strategy/member-for-owner.js";
import { memberLoads } from "../../src/strategy/member-load.js";
import { teamSize } from "../../src/strategy/team-size.js";
import { parsePlan } from "../../src/plan/parse-plan.js";
import type { Member, Plan } from "../../src/plan/types.js";
import { minimalPlan } from "../helpers/plans.js";
import { edit } from "../helpers/rule-cases.js";

const members: Member[] = [
  { id: "sam", name: "Sam de Vries", role: "Lead", hoursPerWeek: 20 },
  { id: "ari", name: "Ari", role: "Moderator", hoursPerWeek: 6, volunteer: true },
];

describe("memberForOwner", () => {
  it("finds a member by id or by name, regardless of case and spaces", () => {
    expect(memberForOwner(members, "ari")?.id).toBe("ari");
    expect(memberForOwner(members, "Sam")?.id).toBe("sam");
    expect(memberForOwner(members, "  sam DE vries ")?.id).toBe("sam");
    expect(memberForOwner(members, "Sam de")).toBeUndefined();
    expect(memberForOwner(undefined, "sam")).toBeUndefined();
    expect(memberForOwner(members, undefined)).toBeUndefined();
  });
});

describe("teamSize", () => {
  it("follows from the members, volunteers apart, and from the totals without them", () => {
    expect(teamSize({ members, people: 9, hoursPerWeek: 99 })).toEqual({ people: 2, hoursPerWeek: 26, staffHours: 20, volunteerHours: 6 });
    expect(teamSize({ people: 3, hoursPerWeek: 30 })).toEqual({ people: 3, hoursPerWeek: 30, staffHours: 30, volunteerHours: 0 });
  });
});

describe("memberLoads", () => {
  const text = edit(
    minimalPlan,
    ["    people: 1\n    hoursPerWeek: 20\n", "    members:\n      - { id: sam, name: Sam de Vries, role: Lead, hoursPerWeek: 20 }\n      - { id: ari, name: Ari, role: Moderator, hoursPerWeek: 6, volunteer: true }\n"],
    ["    audience: [member]\n", "    audience: [member]\n    owner: Ari\n"],
    ["      languages: [en]\n      hours: { days: [mon, tue, wed, thu, fri, sat, sun], start: \"08:00\", end: \"20:00\" }", "      languages: [en]\n      member: ari\n      hours: { days: [sat, sun], start: \"22:00\", end: \"01:00\" }"],
    ["  cadence: monthly\n", "  cadence: monthly\n  owner: sam\n"],
  ) + 'content:\n  series:\n    - id: tips\n      title: Tips\n      channel: forum\n      format: article\n      cadence: { every: week, weekdays: [tue] }\n      localTime: "10:00"\n      owner: Sam de Vries\n    - id: orphan\n      title: Orphan\n      channel: forum\n      format: poll\n      cadence: { every: week, weekdays: [fri] }\n      localTime: "10:00"\n';
  const parsed = parsePlan(text, { file: "p.yaml" });

  it("gives each member the items their owner names, a shift (past midnight) to its member", async () => {
    const plan = (await parsed).data as Plan;
    const r = (n: number) => Math.round(n * 10) / 10;
    const loads = memberLoads(plan).map(({ member, hours, items, worstWeek }) => ({ id: member.id, hours, worstWeek, items: items.map((i) => [i.label, r(i.hours)]) }));
    // The shift is known, so the forum's flat 2 h is gone; Tuesdays in 2027 give 52 tips in 52.1 weeks.
    expect(loads).toEqual([
      { id: "sam", hours: 4, worstWeek: { monday: "2027-01-04", hours: 4 }, items: [["tips", 3.5], ["review", 0.5]] },
      { id: "ari", hours: 6, worstWeek: { monday: "2026-12-28", hours: 6 }, items: [["sam shift", 6]] },
    ]);
  });

  it("adds up, with the unowned items, to the one estimate team-capacity uses", async () => {
    const plan = (await parsed).data as Plan;
    const perMember = memberLoads(plan).reduce((sum, load) => sum + load.hours, 0);
    // The orphan poll (0.25 + 0.5 follow-up) belongs to nobody.
    expect(Math.abs(estimateWeeklyLoad(plan).total - (perMember + 0.8))).toBeLessThan(0.11);
  });

  it("is empty without members", async () => {
    expect(memberLoads((await parsePlan(minimalPlan, { file: "p.yaml" })).data as Plan)).toEqual([]);
  });
});

describe("weekly load while a moderating member is away", () => {
  it("counts no shift hours on the member's away days", async () => {
    const base = edit(
      minimalPlan,
      ["    people: 1\n    hoursPerWeek: 20\n", "    members:\n      - { id: sam, name: Sam, role: Lead, hoursPerWeek: 20, away: [{ from: 2027-03-01, to: 2027-03-10 }] }\n"],
      ["      languages: [en]\n      hours: { days: [mon, tue, wed, thu, fri, sat, sun], start: \"08:00\", end: \"20:00\" }", "      languages: [en]\n      member: sam\n      hours: { days: [mon, wed], start: \"09:00\", end: \"11:00\" }"],
    );
    const plan = (await parsePlan(base, { file: "p.yaml" })).data as Plan;
    const shift = weeklyLoadItems(plan).items.find((i) => i.label === "sam shift")!;
    const week = (monday: string) => shift.weeks[weeklyLoadItems(plan).weeks.mondays.indexOf(monday)];
    // Away Monday 1 to Wednesday 10 March: both shifts of that week and the Monday and Wednesday of the next.
    expect([week("2027-02-22"), week("2027-03-01"), week("2027-03-08"), week("2027-03-15")]).toEqual([4, 0, 0, 4]);
  });
});
