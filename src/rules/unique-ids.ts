import { defineRule } from "./define-rule.js";
import type { Plan } from "../plan/types.js";

type Section = { name: string; items: ReadonlyArray<{ id: string }> | undefined; path: string[] };

/** Every list of items with ids, with the path people see it at. */
export function idSections(plan: Plan): Section[] {
  return [
    { name: "goals", items: plan.goals, path: ["goals"] },
    { name: "personas", items: plan.personas, path: ["personas"] },
    { name: "channels", items: plan.channels, path: ["channels"] },
    { name: "targets", items: plan.targets, path: ["targets"] },
    { name: "content pillars", items: plan.content?.pillars, path: ["content", "pillars"] },
    { name: "series", items: plan.content?.series, path: ["content", "series"] },
    { name: "events", items: plan.content?.events, path: ["content", "events"] },
    { name: "recognition", items: plan.engagement?.recognition, path: ["engagement", "recognition"] },
    { name: "gamification", items: plan.engagement?.gamification, path: ["engagement", "gamification"] },
    { name: "contests", items: plan.engagement?.contests, path: ["engagement", "contests"] },
    { name: "tactics", items: plan.engagement?.tactics, path: ["engagement", "tactics"] },
    { name: "guidelines", items: plan.guidelines?.rules, path: ["guidelines", "rules"] },
    { name: "moderators", items: plan.moderation?.moderators, path: ["moderation", "moderators"] },
    { name: "team members", items: plan.community.team.members, path: ["community", "team", "members"] },
    { name: "journey levels", items: plan.journey?.levels, path: ["journey", "levels"] },
    { name: "budget items", items: plan.budget?.items, path: ["budget", "items"] },
    { name: "risks", items: plan.risks, path: ["risks"] },
  ];
}

export default defineRule({
  id: "unique-ids",
  kind: "strategy",
  defaultSeverity: "error",
  docs: {
    description: "Ids must be unique within their section.",
    why: "Other parts of the plan point at items by id. With two personas called `dev`, a channel's audience or a target's goal could mean either, and the documents and calendar would silently pick one.",
    failing: "moderation:\n  moderators:\n    - id: sam\n      name: Sam de Vries\n      timeZone: Europe/Amsterdam\n      languages: [en]\n      hours: { days: [mon, tue, wed, thu, fri, sat, sun], start: \"08:00\", end: \"20:00\" }\n    - id: sam\n      name: Sam Okafor\n      timeZone: Europe/London\n      languages: [en]\n  responseTime: 48h\n",
    fixed: "moderation:\n  moderators:\n    - id: sam-de-vries\n      name: Sam de Vries\n      timeZone: Europe/Amsterdam\n      languages: [en]\n      hours: { days: [mon, tue, wed, thu, fri, sat, sun], start: \"08:00\", end: \"20:00\" }\n    - id: sam-okafor\n      name: Sam Okafor\n      timeZone: Europe/London\n      languages: [en]\n  responseTime: 48h\n",
  },
  messages: {
    duplicate: 'The id "{{id}}" is already used by {{section}}[{{first}}]; ids must be unique within {{section}}.',
  },
  check({ plan, report }) {
    for (const section of idSections(plan)) {
      const firstIndex = new Map<string, number>();
      section.items?.forEach((item, index) => {
        const first = firstIndex.get(item.id);
        if (first === undefined) {
          firstIndex.set(item.id, index);
          return;
        }
        report({
          messageId: "duplicate",
          path: [...section.path, index, "id"],
          data: { id: item.id, section: section.path.join("."), first },
        });
      });
    }
  },
});
