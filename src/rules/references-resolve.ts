import { defineRule } from "./define-rule.js";
import type { PlanPath } from "../core/finding.js";
import type { Plan } from "../plan/types.js";
import { closest, soleMatcher, typoMatcher } from "../util/closest.js";
import { activitiesById } from "../strategy/activities-by-id.js";
import { planActivities } from "../strategy/plan-activities.js";
import { ownerFields } from "../strategy/owner-fields.js";
import { memberForOwner } from "../strategy/member-for-owner.js";

type Kind = "goal" | "persona" | "channel" | "pillar" | "target";
const messageIds = { goal: "unknownGoal", persona: "unknownPersona", channel: "unknownChannel", pillar: "unknownPillar", target: "unknownTarget" } as const;

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
  plan.engagement?.contests?.forEach((contest, i) => list("channel", contest.channels, ["engagement", "contests", i, "channels"]));
  for (const section of ["recognition", "tactics"] as const) {
    plan.engagement?.[section]?.forEach((tactic, i) => list("channel", tactic.channels, ["engagement", section, i, "channels"]));
  }
  for (const activity of planActivities(plan)) list("goal", activity.goals, [...activity.path, "goals"]);
  plan.budget?.items.forEach((item, i) => list("goal", item.goals, ["budget", "items", i, "goals"]));
  plan.journey?.levels.forEach((level, i) => {
    if (level.target !== undefined) refs.push({ kind: "target", id: level.target, path: ["journey", "levels", i, "target"] });
  });
  return refs;
}

function suggestion(match: string | undefined): string {
  return match ? ` Did you mean "${match}"?` : "";
}

const soleMatchers = new WeakMap<object, (id: string) => string | undefined>();

/** The fix for an unknown id, when exactly one known id is that close. */
function idFix(id: string, match: string | undefined, known: ReadonlySet<string>): { fix?: { from: string; to: string } } {
  if (match === undefined) return {};
  let sole = soleMatchers.get(known);
  if (!sole) soleMatchers.set(known, (sole = soleMatcher(known)));
  const sure = sole(id);
  return sure === undefined ? {} : { fix: { from: id, to: sure } };
}

type Report = (finding: { messageId: "unknownActivity" | "ambiguousActivity" | "unknownMember" | "unknownModeratorMember"; path: PlanPath; data: Record<string, string>; fix?: { from: string; to: string } }) => void;

/** `moveUp` ids match activities across sections, where ids may repeat: none or two is an error. */
function checkMoveUp(plan: Plan, report: Report): void {
  const activities = planActivities(plan);
  const byId = activitiesById(activities);
  let matcher: ((id: string) => string | undefined) | undefined;
  let ids: Set<string> | undefined;
  plan.journey?.levels.forEach((level, i) => { level.moveUp.forEach((id, j) => {
      const path = ["journey", "levels", i, "moveUp", j];
      const matches = byId.get(id) ?? [];
      if (matches.length === 0) {
        ids ??= new Set(activities.map((a) => a.id));
        matcher ??= typoMatcher(ids);
        const match = matcher(id);
        report({ messageId: "unknownActivity", path, data: { id, suggestion: suggestion(match) }, ...idFix(id, match, ids) });
      } else if (matches.length > 1) {
        report({ messageId: "ambiguousActivity", path, data: { id, sections: matches.map((a) => a.path.slice(0, 2).join(".")).join(" and ") } });
      }
    }); },
  );
}

/** Owners must name a listed member once members are listed; a moderator's `member` always must. */
function checkMembers(plan: Plan, report: Report): void {
  const members = plan.community.team.members;
  const ids = new Set((members ?? []).map((m) => m.id));
  let matcher: ((id: string) => string | undefined) | undefined;
  const closestMember = (text: string) => suggestion((matcher ??= typoMatcher(ids))(text));
  if (members) {
    for (const { owner, path } of ownerFields(plan)) {
      if (!memberForOwner(members, owner)) report({ messageId: "unknownMember", path, data: { owner, suggestion: closestMember(owner) } });
    }
  }
  plan.moderation?.moderators.forEach((moderator, i) => {
    if (moderator.member !== undefined && !ids.has(moderator.member)) {
      const match = (matcher ??= typoMatcher(ids))(moderator.member);
      report({ messageId: "unknownModeratorMember", path: ["moderation", "moderators", i, "member"], data: { id: moderator.member, suggestion: suggestion(match) }, ...idFix(moderator.member, match, ids) });
    }
  });
}

export default defineRule({
  id: "references-resolve",
  kind: "strategy",
  defaultSeverity: "error",
  docs: {
    description: "Every id a plan refers to must exist: goals, personas, channels, pillars, targets, activities, team members and lint rules.",
    why: "Targets, channels, series and events point at each other by id. A typo silently cuts the link: a target counts for no goal, a series reaches nobody, and the documents and calendar built from the plan leave things out without a word. Once `community.team.members` is listed, every owner must name one of them (by id or name), or their work counts for nobody's load.",
    failing: "targets:\n  - id: comments\n    goal: engagment\n    metric: comments-per-post\n    baseline: 2\n    change: \"+15%\"\n    unit: comments\n    deadline: 2027-03-31\n",
    fixed: "targets:\n  - id: comments\n    goal: engagement\n    metric: comments-per-post\n    baseline: 2\n    change: \"+15%\"\n    unit: comments\n    deadline: 2027-03-31\n",
  },
  messages: {
    unknownGoal: 'No goal has the id "{{id}}".{{suggestion}}',
    unknownPersona: 'No persona has the id "{{id}}".{{suggestion}}',
    unknownChannel: 'No channel has the id "{{id}}".{{suggestion}}',
    unknownPillar: 'No content pillar has the id "{{id}}".{{suggestion}}',
    unknownTarget: 'No target has the id "{{id}}".{{suggestion}}',
    unknownActivity: 'No series, event, contest, recognition, gamification or tactic has the id "{{id}}".{{suggestion}}',
    ambiguousActivity: 'The id "{{id}}" names both {{sections}}; rename one so `moveUp` says which.',
    unknownMember: '"{{owner}}" is not on `community.team.members`; name a member by id or name.{{suggestion}}',
    unknownModeratorMember: 'No team member has the id "{{id}}".{{suggestion}}',
    prizeWithoutCurrency: "`prizeValue` needs a currency; add `budget.currency` (an ISO 4217 code such as EUR).",
    unknownRule: 'There is no lint rule "{{id}}".{{suggestion}}',
  },
  check({ plan, options, report }) {
    const known: Record<Kind, Set<string>> = {
      target: new Set(plan.targets.map((t) => t.id)),
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
      report({ messageId: messageIds[ref.kind], path: ref.path, data: { id: ref.id, suggestion: suggestion(match) }, ...idFix(ref.id, match, known[ref.kind]) });
    }
    checkMoveUp(plan, report);
    checkMembers(plan, report);
    plan.engagement?.contests?.forEach((contest, i) => {
      if (contest.prizeValue !== undefined && plan.budget?.currency === undefined) {
        report({ messageId: "prizeWithoutCurrency", path: ["engagement", "contests", i, "prizeValue"], at: "key" });
      }
    });
    for (const id of Object.keys(plan.lint?.rules ?? {})) {
      if (options.ruleIds.has(id)) continue;
      const match = closest(id, options.ruleIds);
      report({ messageId: "unknownRule", path: ["lint", "rules", id], at: "key", data: { id, suggestion: suggestion(match) }, ...idFix(id, match, options.ruleIds) });
    }
  },
});
