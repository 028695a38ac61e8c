import { minimalPlan as plan } from "../helpers/plans.js";
import { edit, testRule } from "../helpers/rule-cases.js";

const rule = "goal-has-activity";
const twoGoals = edit(
  plan,
  ["    category: engagement\n", "    category: engagement\n  - id: support\n    title: Members help each other\n"],
  ["    deadline: 2027-03-31\n", "    deadline: 2027-03-31\n  - id: peer-answers\n    goal: support\n    metric: peer-answer-rate\n    baseline: 20\n    target: 35\n    unit: \"%\"\n    deadline: 2027-06-30\n"],
);
const series = (goals: string) =>
  `content:\n  series:\n    - id: weekly-question\n      title: Question of the week\n      channel: forum\n      format: discussion\n      cadence: { every: week, weekdays: [tue] }\n      localTime: "10:00"\n${goals}`;

testRule(rule, [
  { name: "a plan whose activities name no goals is not judged", plan: twoGoals + series(""), expected: [] },
  {
    name: "a goal no activity serves, once one activity names its goals, at the goal's id",
    plan: twoGoals + series("      goals: [engagement]\n"),
    expected: [{ ruleId: rule, messageId: "noActivity", line: 18, column: 9, data: { id: "support" } }],
  },
  {
    name: "an engagement tactic counts as serving a goal",
    plan: twoGoals + series("      goals: [engagement]\n") + "engagement:\n  tactics:\n    - id: answer-sprint\n      name: Answer sprint\n      goals: [support]\n",
    expected: [],
  },
  {
    name: "a budget item or a journey level does not serve a goal by itself",
    plan:
      twoGoals +
      series("      goals: [engagement]\n") +
      "budget:\n  currency: EUR\n  items:\n    - id: swag\n      name: Swag\n      amount: 200\n      per: once\n      goals: [support]\n",
    expected: [{ ruleId: rule, messageId: "noActivity", line: 18, column: 9, data: { id: "support" } }],
  },
]);
