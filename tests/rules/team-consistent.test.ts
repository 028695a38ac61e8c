import { minimalPlan as plan } from "../helpers/plans.js";
import { edit, testRule } from "../helpers/rule-cases.js";

const rule = "team-consistent";
const members =
  "    members:\n      - id: sam\n        name: Sam\n        role: Community lead\n        hoursPerWeek: 16\n      - id: ari\n        name: Ari\n        role: Volunteer moderator\n        hoursPerWeek: 4.5\n        volunteer: true\n";
const team = (totals: string) => edit(plan, ["    people: 1\n    hoursPerWeek: 20\n", totals + members]);

testRule(rule, [
  { name: "members alone", plan: team(""), expected: [] },
  { name: "totals that agree with the members", plan: team("    people: 2\n    hoursPerWeek: 20.5\n"), expected: [] },
  {
    name: "people that disagree, at people",
    plan: team("    people: 1\n"),
    expected: [{ ruleId: rule, messageId: "people", line: 9, column: 13, data: { given: 1, members: 2 } }],
  },
  {
    name: "hours that disagree, at hoursPerWeek, with staff and volunteers apart",
    plan: team("    hoursPerWeek: 20\n"),
    expected: [{ ruleId: rule, messageId: "hours", line: 9, column: 19, data: { given: 20, members: 20.5, staff: 16, volunteers: 4.5 } }],
  },
  { name: "totals without members are not judged", plan, expected: [] },
]);
