import { defineRule } from "./define-rule.js";
import { isSteep, responseTargetMinutes, STEEP_GROWTH, targetGrowth } from "../strategy/ambition.js";
import { describeWeekPoint, formatMinutes, worstGap } from "../strategy/moderation-coverage.js";
import { isTimeZone } from "../time/zone-names.js";
import { roundToTenth } from "../util/round-to-tenth.js";

const limits = STEEP_GROWTH.map((l) => `${l.factor}× within ${l.days} days`).join(" or ");

export default defineRule({
  id: "target-ambition",
  kind: "strategy",
  defaultSeverity: "warning",
  docs: {
    description: "A steep target states why it is realistic, and a response-time target is one the moderation rota can keep.",
    why:
      `Doubling or quintupling a number in a few months happens, but only for a reason: a launch, a campaign, a partner bringing members. A target that grows at least ${limits} of today needs a \`rationale\` that names that reason, so whoever reads the plan can judge it and the team knows what the number rests on. ` +
      "A response-time target (a metric whose name contains `response`, in hours or minutes) cannot be shorter than the longest stretch of the week in which nobody moderates: a question asked at its start waits that long.",
    failing: "targets:\n  - id: members\n    goal: engagement\n    metric: weekly-active-members\n    baseline: 180\n    target: 900\n    unit: members\n    deadline: 2027-06-30\n",
    fixed: "targets:\n  - id: members\n    goal: engagement\n    metric: weekly-active-members\n    baseline: 180\n    target: 900\n    unit: members\n    deadline: 2027-06-30\n    rationale: The game's console release in March brings the players of the console forum, about 800 of them, into this community.\n",
  },
  messages: {
    steep: 'The target "{{id}}" asks for {{factor}}× its baseline ({{baseline}} → {{value}}) in {{days}} days: add a `rationale` that says why this is realistic, or make it less steep.',
    fasterThanRota: 'The target "{{id}}" promises replies within {{promise}}, but nobody moderates for {{gap}} from {{from}}: extend the rota or aim for at least {{gap}}.',
  },
  check({ plan, options, report }) {
    plan.targets.forEach((target, index) => {
      const valuePath = ["targets", index, target.change !== undefined && target.target === undefined ? "change" : "target"];
      const growth = targetGrowth(target, options.today);
      if (growth && isSteep(growth) && !target.rationale?.trim()) {
        report({ messageId: "steep", path: valuePath, data: { id: target.id, factor: roundToTenth(growth.factor), baseline: target.baseline!, value: roundToTenth(growth.value), days: growth.days } });
      }
      const promise = responseTargetMinutes(target);
      const moderators = plan.moderation?.moderators ?? [];
      if (promise === undefined || moderators.length === 0 || !moderators.every((m) => isTimeZone(m.timeZone))) return;
      const gap = worstGap(plan, options.today);
      if (gap.minutes <= promise) return;
      report({ messageId: "fasterThanRota", path: valuePath, data: { id: target.id, promise: formatMinutes(promise), gap: formatMinutes(gap.minutes), from: describeWeekPoint(gap.startsAt) } });
    });
  },
});
