import { defineRule } from "./define-rule.js";

export default defineRule({
  id: "goal-has-target",
  kind: "strategy",
  defaultSeverity: "error",
  docs: {
    description: "Every goal needs at least one measurable target.",
    why: "A goal without a target cannot be reviewed: nobody can say whether the community is getting there, so it quietly stops mattering. Tie each goal to at least one number with a baseline and a deadline.",
    failing: "goals:\n  - id: engagement\n    title: More conversation\n  - id: support\n    title: Members help each other\n",
    fixed: "goals:\n  - id: engagement\n    title: More conversation\n  - id: support\n    title: Members help each other\ntargets:\n  - id: comments\n    goal: engagement\n    metric: comments-per-post\n    baseline: 2\n    change: \"+15%\"\n    unit: comments\n    deadline: 2027-03-31\n  - id: peer-answers\n    goal: support\n    metric: peer-answer-rate\n    baseline: 20\n    target: 35\n    unit: \"%\"\n    deadline: 2027-06-30\n",
  },
  messages: {
    noTarget: 'The goal "{{id}}" has no target; add one under targets with `goal: {{id}}`.',
  },
  check({ plan, report }) {
    const measured = new Set(plan.targets.map((t) => t.goal));
    plan.goals.forEach((goal, index) => {
      if (!measured.has(goal.id)) report({ messageId: "noTarget", path: ["goals", index, "id"], data: { id: goal.id } });
    });
  },
});
