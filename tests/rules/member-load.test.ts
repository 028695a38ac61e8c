import { minimalPlan as plan } from "../helpers/plans.js";
import { edit, testRule } from "../helpers/rule-cases.js";

const rule = "member-load";
const team = edit(plan, [
  "    people: 1\n    hoursPerWeek: 20\n",
  "    members:\n      - id: sam\n        name: Sam de Vries\n        role: Community lead\n        hoursPerWeek: 6\n      - id: ari\n        name: Ari\n        role: Volunteer moderator\n        hoursPerWeek: 4\n        volunteer: true\n",
], ["    - id: sam\n      name: Sam\n      timeZone:", "    - id: kim\n      name: Kim\n      timeZone:"]);
// The moderator, Kim, is not on the team, so the forum counts its flat 2 h of care.
// Team lines 8-18; Sam's hoursPerWeek is line 13, Ari's line 17.
const tutorial = (owner: string) =>
  `content:\n  series:\n    - id: weekly-tutorial\n      title: Weekly tutorial\n      channel: forum\n      format: tutorial\n      cadence: { every: week, weekdays: [tue] }\n      localTime: "10:00"\n      owner: ${owner}\n`;

testRule(rule, [
  { name: "a plan without members is not judged", plan, expected: [] },
  { name: "a weekly tutorial (4.5 h) fits Sam's 6 hours", plan: team + tutorial("sam"), expected: [] },
  {
    name: "the tutorial and the forum's care (2 h) are more than Sam's 6, named by name in any case",
    plan: edit(team, ["    audience: [member]\n", "    audience: [member]\n    owner: sam de vries\n"]) + tutorial("Sam de Vries"),
    expected: [
      { ruleId: rule, messageId: "overloaded", line: 13, column: 23, data: { name: "Sam de Vries", load: 6.5, week: "2027-01-04", hours: 6, items: "weekly-tutorial 4.5 h, forum 2 h" } },
    ],
  },
  {
    name: "a moderator who names a member adds their shift hours (7 × 12 h) to that member, and to the team's load, instead of the flat hours per channel",
    plan: edit(team, ["      languages: [en]\n      hours:", "      languages: [en]\n      member: ari\n      hours:"]),
    expected: [
      // With only members listed, team-capacity points at the members key (10 hours in all).
      { ruleId: "team-capacity", messageId: "overloaded", line: 9, column: 5, data: { week: "2027-01-04", content: 0, events: 0, moderation: 84, volunteerShifts: 84, review: 0.5, load: 84.5, hours: 10, average: 84.5 } },
      { ruleId: rule, messageId: "overloaded", line: 17, column: 23, data: { name: "Ari", load: 84, week: "2027-01-04", hours: 4, items: "kim shift 84 h" } },
    ],
  },
  {
    name: "a two-hour workshop Sam owns is more than Sam's 6 hours in its week, though the year's average is 0.1",
    plan: team + 'content:\n  events:\n    - id: w\n      title: W\n      date: 2027-03-03\n      localTime: "10:00"\n      channel: forum\n      format: workshop\n      duration: 2h\n      owner: sam\n',
    expected: [{ ruleId: rule, messageId: "overloaded", line: 13, column: 23, data: { name: "Sam de Vries", load: 6.5, week: "2027-03-01", hours: 6, items: "w 6.5 h" } }],
  },
]);
