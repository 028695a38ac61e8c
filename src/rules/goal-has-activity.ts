import { defineRule } from "./define-rule.js";
import { activitiesByGoal } from "../strategy/activities-by-goal.js";
import { planActivities } from "../strategy/plan-activities.js";

export default defineRule({
  id: "goal-has-activity",
  kind: "strategy",
  defaultSeverity: "warning",
  docs: {
    description: "Every goal is served by at least one activity, once activities name the goals they serve.",
    why: "A goal that no series, event, contest or tactic works towards is a wish: the targets will be reviewed, missed, and nobody will have planned anything to move them. The rule only runs in plans where some activity names its `goals`, so plans written before goal links do not start failing a `--max-warnings 0` gate.",
    failing: "goals:\n  - id: engagement\n    title: More conversation\n  - id: support\n    title: Members help each other\ntargets:\n  - id: comments\n    goal: engagement\n    metric: comments-per-post\n    baseline: 2\n    change: \"+15%\"\n    unit: comments\n    deadline: 2027-03-31\n  - id: peer-answers\n    goal: support\n    metric: peer-answer-rate\n    baseline: 20\n    target: 35\n    unit: \"%\"\n    deadline: 2027-06-30\ncontent:\n  series:\n    - id: weekly-question\n      title: Question of the week\n      channel: forum\n      format: discussion\n      cadence: { every: week, weekdays: [tue] }\n      localTime: \"10:00\"\n      goals: [engagement]\n",
    fixed: "goals:\n  - id: engagement\n    title: More conversation\n  - id: support\n    title: Members help each other\ntargets:\n  - id: comments\n    goal: engagement\n    metric: comments-per-post\n    baseline: 2\n    change: \"+15%\"\n    unit: comments\n    deadline: 2027-03-31\n  - id: peer-answers\n    goal: support\n    metric: peer-answer-rate\n    baseline: 20\n    target: 35\n    unit: \"%\"\n    deadline: 2027-06-30\ncontent:\n  series:\n    - id: weekly-question\n      title: Question of the week\n      channel: forum\n      format: discussion\n      cadence: { every: week, weekdays: [tue] }\n      localTime: \"10:00\"\n      goals: [engagement]\nengagement:\n  recognition:\n    - id: helper-of-the-month\n      name: Helper of the month\n      goals: [support]\n",
  },
  messages: {
    noActivity: 'No activity serves the goal "{{id}}"; add `goals: [{{id}}]` to a series, event, contest or tactic that moves it, or plan one.',
  },
  check({ plan, report }) {
    if (!planActivities(plan).some((activity) => activity.goals.length > 0)) return;
    const served = activitiesByGoal(plan);
    plan.goals.forEach((goal, index) => {
      if (served.get(goal.id)?.length === 0) report({ messageId: "noActivity", path: ["goals", index, "id"], data: { id: goal.id } });
    });
  },
});
