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
    expected: [
      // Measured nowhere that exists, the target no longer feeds the only channel.
      { ruleId: "channel-has-activity", messageId: "idle", line: 26, column: 9, data: { id: "forum" } },
      { ruleId: rule, messageId: "unknownChannel", line: 40, column: 14, data: { id: "discord", suggestion: "" } },
    ],
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
  {
    name: "goals named by activities and budget items, at the list item, with a suggestion",
    plan:
      plan +
      "engagement:\n  tactics:\n    - id: answer-sprint\n      name: Answer sprint\n      goals: [engagment]\n" +
      "budget:\n  currency: EUR\n  items:\n    - id: swag\n      name: Swag\n      amount: 200\n      per: once\n      goals: [engagement, support]\n",
    expected: [
      // Once an activity names goals, goal-has-activity judges the plan: the typo leaves engagement unserved.
      { ruleId: "goal-has-activity", messageId: "noActivity", line: 15, column: 9, data: { id: "engagement" } },
      { ruleId: rule, messageId: "unknownGoal", line: 64, column: 15, data: { id: "engagment", suggestion: ' Did you mean "engagement"?' } },
      { ruleId: rule, messageId: "unknownGoal", line: 72, column: 27, data: { id: "support", suggestion: "" } },
    ],
  },
  {
    name: "a journey's moveUp naming no activity, or two, and a target that does not exist",
    plan:
      plan +
      "content:\n  series:\n    - id: welcome\n      title: Welcome thread\n      channel: forum\n      format: discussion\n      cadence: { every: week, weekdays: [mon] }\n      localTime: \"10:00\"\n" +
      "  events:\n    - id: welcome\n      title: Welcome evening\n      date: 2027-02-01\n      localTime: \"19:00\"\n      channel: forum\n      format: discussion\n" +
      "journey:\n  levels:\n    - id: newcomer\n      name: Newcomer\n      description: Posted once\n      moveUp: [welcome, welcom-call]\n      target: comment\n    - id: regular\n      name: Regular\n      description: Posts weekly\n      moveUp: []\n",
    expected: [
      { ruleId: rule, messageId: "ambiguousActivity", line: 80, column: 16, data: { id: "welcome", sections: "content.series and content.events" } },
      { ruleId: rule, messageId: "unknownActivity", line: 80, column: 25, data: { id: "welcom-call", suggestion: "" } },
      { ruleId: rule, messageId: "unknownTarget", line: 81, column: 15, data: { id: "comment", suggestion: ' Did you mean "comments"?' } },
    ],
  },
  {
    name: "with members listed, owners must name one by id or name; a moderator's member must exist",
    plan: edit(
      plan,
      ["    people: 1\n    hoursPerWeek: 20\n", "    members:\n      - { id: sam, name: Sam de Vries, role: Lead, hoursPerWeek: 20 }\n"],
      ["    deadline: 2027-03-31\n", "    deadline: 2027-03-31\n    owner: SAM DE VRIES\n"],
      ["    audience: [member]\n", "    audience: [member]\n    owner: Sem\n"],
      ["      languages: [en]\n      hours:", "      languages: [en]\n      member: sem\n      hours:"],
      ["  cadence: monthly\n", "  cadence: monthly\n  owner: sam\n"],
    ),
    // The target's owner (by name, in capitals) and the review's (by id) resolve; the channel's and the moderator's do not.
    expected: [
      // The moderator's shift (7 × 12 h) counts for the team even when its member cannot be found, instead of the forum's flat 2 h.
      { ruleId: "team-capacity", messageId: "overloaded", line: 9, column: 5, data: { week: "2027-01-04", content: 0, events: 0, moderation: 84, volunteerShifts: 0, review: 0.5, load: 84.5, hours: 20, average: 84.5 } },
      { ruleId: rule, messageId: "unknownMember", line: 31, column: 12, data: { owner: "Sem", suggestion: ' Did you mean "sam"?' } },
      { ruleId: rule, messageId: "unknownModeratorMember", line: 56, column: 15, data: { id: "sem", suggestion: ' Did you mean "sam"?' } },
    ],
  },
  {
    name: "without members, owners are free text",
    plan: edit(plan, ["    audience: [member]\n", "    audience: [member]\n    owner: Sam (community lead)\n"]),
    expected: [],
  },
  {
    name: "a contest's prizeValue without a budget currency, at the key",
    plan: plan + "engagement:\n  contests:\n    - id: build\n      title: Build challenge\n      prize: A ticket\n      prizeValue: 400\n      rules: https://example.org/rules\n      jurisdictions: [NL]\n      legalReview: Legal, 2027-01-10\n",
    expected: [{ ruleId: rule, messageId: "prizeWithoutCurrency", line: 65, column: 7 }],
  },
  {
    name: "a contest's and a tactic's channels must exist",
    plan: plan + "engagement:\n  tactics:\n    - id: welcome\n      name: Welcome\n      channels: [forun]\n  contests:\n    - id: build\n      title: Build challenge\n      prize: A ticket\n      rules: https://example.org/rules\n      jurisdictions: [NL]\n      legalReview: Legal, 2027-01-10\n      channels: [forum, stage]\n",
    expected: [
      { ruleId: rule, messageId: "unknownChannel", line: 64, column: 18, data: { id: "forun", suggestion: ' Did you mean "forum"?' } },
      { ruleId: rule, messageId: "unknownChannel", line: 72, column: 25, data: { id: "stage", suggestion: "" } },
    ],
  },
]);
