import { minimalPlan as plan } from "../helpers/plans.js";
import { edit, testRule } from "../helpers/rule-cases.js";

const rule = "unique-ids";

testRule(rule, [
  { name: "unique ids", plan, expected: [] },
  {
    name: "a second goal with the same id, at the second id",
    plan: edit(plan, ["    category: engagement\n", "    category: engagement\n  - id: engagement\n    title: Even more conversation\n"]),
    expected: [{ ruleId: rule, messageId: "duplicate", line: 18, column: 9, data: { id: "engagement", section: "goals", first: 0 } }],
  },
  {
    name: "the new sections with ids: team members, journey levels, budget items and risks",
    plan:
      edit(plan, ["    people: 1\n    hoursPerWeek: 20\n", "    members:\n      - { id: sam, name: Sam, role: Lead, hoursPerWeek: 10 }\n      - { id: sam, name: Sam Okafor, role: Writer, hoursPerWeek: 10 }\n"]) +
      "journey:\n  levels:\n    - { id: member, name: Member, description: Posts, moveUp: [] }\n    - { id: member, name: Lead, description: Leads, moveUp: [] }\n" +
      "budget:\n  currency: EUR\n  items:\n    - { id: tools, name: Forum, amount: 10, per: month }\n    - { id: tools, name: Chat, amount: 5, per: month }\n" +
      "risks:\n  - { id: raid, risk: A raid, likelihood: low, impact: high, mitigation: Slow mode, owner: sam }\n  - { id: raid, risk: Another raid, likelihood: low, impact: low, mitigation: Bans, owner: sam }\n",
    // Members on lines 10-11; the plan is one line longer, so journey starts at 61, budget at 65, risks at 70.
    expected: [
      { ruleId: rule, messageId: "duplicate", line: 11, column: 15, data: { id: "sam", section: "community.team.members", first: 0 } },
      { ruleId: "journey-moves-up", messageId: "noWayUp", line: 63, column: 63, data: { id: "member", next: "member" } },
      { ruleId: rule, messageId: "duplicate", line: 64, column: 13, data: { id: "member", section: "journey.levels", first: 0 } },
      { ruleId: rule, messageId: "duplicate", line: 69, column: 13, data: { id: "tools", section: "budget.items", first: 0 } },
      { ruleId: rule, messageId: "duplicate", line: 72, column: 11, data: { id: "raid", section: "risks", first: 0 } },
    ],
  },
  {
    name: "the same id in different sections is fine",
    plan: edit(plan, ["  - id: comments", "  - id: engagement"]),
    expected: [],
  },
]);
