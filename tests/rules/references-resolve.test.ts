import { minimalPlan as plan } from "../helpers/plans.js";
import { edit, testRule } from "../helpers/rule-cases.js";

const rule = "references-resolve";
const series = `content:
  pillars:
    - id: how-to
      name: How-to
  series:
    - id: weekly-tip
      title: Weekly tip
      channel: forun
      pillar: how-too
      format: article
      cadence: { every: week, weekdays: [tue] }
      localTime: "10:00"
      audience: [member, lurker]
`;

testRule(rule, [
  { name: "a plan whose references all resolve", plan, expected: [] },
  {
    name: "a target's goal that does not exist, at the goal",
    plan: edit(plan, ["    goal: engagement", "    goal: engagment"]),
    expected: [
      { ruleId: "goal-has-target", messageId: "noTarget", line: 15, column: 9, data: { id: "engagement" } },
      { ruleId: rule, messageId: "unknownGoal", line: 34, column: 11, data: { id: "engagment", suggestion: " Did you mean \"engagement\"?" } },
    ],
  },
  {
    name: "a target's channel that does not exist",
    plan: edit(plan, ["    deadline: 2027-03-31\n", "    deadline: 2027-03-31\n    channel: discord\n"]),
    expected: [{ ruleId: rule, messageId: "unknownChannel", line: 40, column: 14, data: { id: "discord", suggestion: "" } }],
  },
  {
    name: "a channel's audience naming an unknown persona, at the list item",
    plan: edit(plan, ["    audience: [member]", "    audience: [member, members]"]),
    expected: [{ ruleId: rule, messageId: "unknownPersona", line: 30, column: 24, data: { id: "members", suggestion: " Did you mean \"member\"?" } }],
  },
  {
    name: "a series' channel, pillar and audience",
    plan: plan + series,
    expected: [
      { ruleId: rule, messageId: "unknownChannel", line: 67, column: 16, data: { id: "forun", suggestion: " Did you mean \"forum\"?" } },
      { ruleId: rule, messageId: "unknownPillar", line: 68, column: 15, data: { id: "how-too", suggestion: " Did you mean \"how-to\"?" } },
      { ruleId: rule, messageId: "unknownPersona", line: 72, column: 26, data: { id: "lurker", suggestion: "" } },
    ],
  },
  {
    name: "an event's channel",
    plan: plan + "content:\n  events:\n    - id: launch\n      title: Launch\n      date: 2027-02-01\n      localTime: \"10:00\"\n      channel: stage\n      format: meetup\n      recording: true\n",
    expected: [{ ruleId: rule, messageId: "unknownChannel", line: 66, column: 16, data: { id: "stage", suggestion: "" } }],
  },
  {
    name: "lint.rules naming a rule that does not exist, at the key",
    plan: plan + "lint:\n  rules:\n    smart-target: warn\n    team-capacity: off\n",
    expected: [{ ruleId: rule, messageId: "unknownRule", line: 62, column: 5, data: { id: "smart-target", suggestion: " Did you mean \"smart-targets\"?" } }],
  },
]);
