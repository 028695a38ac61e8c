import { readdirSync, readFileSync } from "node:fs";
import path from "node:path";
import { repoRoot } from "./run-cli.js";

/** The smallest plan that passes every rule; tests change one thing and expect one finding. */
export const minimalPlan = `version: 1
community:
  name: Test community
  purpose: A plan for tests.
  kind: owned
  timeZone: Europe/Amsterdam
  languages: [en]
  team:
    people: 1
    hoursPerWeek: 20
horizon:
  start: 2027-01-01
  end: 2027-12-31
goals:
  - id: engagement
    title: More conversation
    category: engagement
personas:
  - id: member
    name: Member
    languages: [en]
    timeZones: [Europe/Amsterdam]
    communication: async
    preferredPlatforms: [discourse]
channels:
  - id: forum
    name: Forum
    platform: discourse
    kind: forum
    audience: [member]
    languages: [en]
targets:
  - id: comments
    goal: engagement
    metric: comments-per-post
    baseline: 2
    change: "+15%"
    unit: comments
    deadline: 2027-03-31
guidelines:
  rules:
    - id: be-kind
      title: Be kind
  consequences:
    - A reminder
    - A ban
  reporting: Flag the post.
moderation:
  moderators:
    - id: sam
      name: Sam
      timeZone: Europe/Amsterdam
      languages: [en]
      hours: { days: [mon, tue, wed, thu, fri, sat, sun], start: "08:00", end: "20:00" }
  responseTime: 48h
review:
  cadence: monthly
  feedback: [survey]
  qualitativeSignals: [member-feedback]
`;

export const TODAY = "2026-11-24";

export function exampleFiles(): string[] {
  const dir = path.join(repoRoot, "examples");
  return readdirSync(dir)
    .filter((name) => name.endsWith(".yaml"))
    .sort()
    .map((name) => path.join(dir, name));
}

export function readExample(name: string): string {
  return readFileSync(path.join(repoRoot, "examples", name), "utf8");
}
