import { defineRule } from "./define-rule.js";
import type { PlanPath } from "../core/finding.js";
import type { Plan } from "../plan/types.js";
import { closest, typoMatcher } from "../util/closest.js";

type Kind = "goal" | "persona" | "channel" | "pillar";
const messageIds = { goal: "unknownGoal", persona: "unknownPersona", channel: "unknownChannel", pillar: "unknownPillar" } as const;

interface Reference {
  kind: Kind;
  id: string;
  path: PlanPath;
}

/** Every place the plan points at another item by id. */
function references(plan: Plan): Reference[] {
  const refs: Reference[] = [];
  const list = (kind: Kind, ids: readonly string[] | undefined, path: PlanPath) =>
    ids?.forEach((id, index) => refs.push({ kind, id, path: [...path, index] }));
  plan.targets.forEach((target, i) => {
    refs.push({ kind: "goal", id: target.goal, path: ["targets", i, "goal"] });
    if (target.channel !== undefined) refs.push({ kind: "channel", id: target.channel, path: ["targets", i, "channel"] });
  });
  plan.channels.forEach((channel, i) => list("persona", channel.audience, ["channels", i, "audience"]));
  for (const section of ["series", "events"] as const) {
    plan.content?.[section]?.forEach((item, i) => {
      const path = ["content", section, i];
      refs.push({ kind: "channel", id: item.channel, path: [...path, "channel"] });
      if (item.pillar !== undefined) refs.push({ kind: "pillar", id: item.pillar, path: [...path, "pillar"] });
      list("persona", item.audience, [...path, "audience"]);
    });
  }
  return refs;
}

function suggestion(match: string | undefined): string {
  return match ? ` Did you mean "${match}"?` : "";
}

export default defineRule({
  id: "references-resolve",
  kind: "strategy",
  defaultSeverity: "error",
  docs: {
    description: "Every id a plan refers to must exist: goals, personas, channels, pillars and lint rules.",
    why: "Targets, channels, series and events point at each other by id. A typo silently cuts the link: a target counts for no goal, a series reaches nobody, and the documents and calendar built from the plan leave things out without a word.",
    failing: "targets:\n  - id: comments\n    goal: engagment\n    metric: comments-per-post\n    baseline: 2\n    change: \"+15%\"\n    unit: comments\n    deadline: 2027-03-31\n",
    fixed: "targets:\n  - id: comments\n    goal: engagement\n    metric: comments-per-post\n    baseline: 2\n    change: \"+15%\"\n    unit: comments\n    deadline: 2027-03-31\n",
  },
  messages: {
    unknownGoal: 'No goal has the id "{{id}}".{{suggestion}}',
    unknownPersona: 'No persona has the id "{{id}}".{{suggestion}}',
    unknownChannel: 'No channel has the id "{{id}}".{{suggestion}}',
    unknownPillar: 'No content pillar has the id "{{id}}".{{suggestion}}',
    unknownRule: 'There is no lint rule "{{id}}".{{suggestion}}',
  },
  check({ plan, options, report }) {
    const known: Record<Kind, Set<string>> = {
      goal: new Set(plan.goals.map((g) => g.id)),
      persona: new Set(plan.personas.map((p) => p.id)),
      channel: new Set(plan.channels.map((c) => c.id)),
      pillar: new Set((plan.content?.pillars ?? []).map((p) => p.id)),
    };
    // One matcher per kind, made on the first broken reference: a plan with many broken ones
    // prepares each candidate list once.
    const matchers: Partial<Record<Kind, (id: string) => string | undefined>> = {};
    for (const ref of references(plan)) {
      if (known[ref.kind].has(ref.id)) continue;
      const match = (matchers[ref.kind] ??= typoMatcher(known[ref.kind]))(ref.id);
      report({ messageId: messageIds[ref.kind], path: ref.path, data: { id: ref.id, suggestion: suggestion(match) } });
    }
    for (const id of Object.keys(plan.lint?.rules ?? {})) {
      if (options.ruleIds.has(id)) continue;
      report({ messageId: "unknownRule", path: ["lint", "rules", id], at: "key", data: { id, suggestion: suggestion(closest(id, options.ruleIds)) } });
    }
  },
});
