import { minimalPlan as plan } from "../helpers/plans.js";
import { testRule } from "../helpers/rule-cases.js";

const rule = "journey-moves-up";
const recognition = "engagement:\n  recognition:\n    - id: helper-of-the-month\n      name: Helper of the month\n";
const level = (id: string, moveUp: string) => `    - id: ${id}\n      name: ${id}\n      description: Does ${id} things\n      moveUp: ${moveUp}\n`;

testRule(rule, [
  { name: "a plan without a journey is not judged", plan, expected: [] },
  {
    name: "every level but the last with a way up",
    plan: plan + recognition + "journey:\n  levels:\n" + level("newcomer", "[helper-of-the-month]") + level("leader", "[]"),
    expected: [],
  },
  {
    name: "a middle level with nothing in moveUp, at its moveUp, naming the next level",
    plan: plan + recognition + "journey:\n  levels:\n" + level("newcomer", "[helper-of-the-month]") + level("helper", "[]") + level("leader", "[]"),
    // The minimal plan is 59 lines: recognition 60-63, journey 64, levels 65, newcomer 66-69, helper 70-73.
    expected: [{ ruleId: rule, messageId: "noWayUp", line: 73, column: 15, data: { id: "helper", next: "leader" } }],
  },
  {
    name: "a journey of one level has nowhere to move up to",
    plan: plan + "journey:\n  levels:\n" + level("member", "[]"),
    expected: [],
  },
]);
