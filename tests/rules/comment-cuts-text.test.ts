import { minimalPlan as plan } from "../helpers/plans.js";
import { edit, testRule } from "../helpers/rule-cases.js";

const rule = "comment-cuts-text";
// The goal's title is line 16: "    title: More conversation".
const title = (text: string) => edit(plan, ["    title: More conversation\n", `    title: ${text}\n`]);

testRule(rule, [
  { name: "plain text", plan, expected: [] },
  {
    name: "a channel name after text cuts it, at the #",
    plan: title("Ask in #help first"),
    expected: [{ ruleId: rule, messageId: "cutText", line: 16, column: 19, data: { comment: "#help" } }],
  },
  {
    name: "a number after text too",
    plan: title("Release #1 party"),
    expected: [{ ruleId: rule, messageId: "cutText", line: 16, column: 20, data: { comment: "#1" } }],
  },
  { name: "a quoted value keeps its #", plan: title('"Ask in #help first"'), expected: [] },
  { name: "a comment written with a space is a comment", plan: title("More conversation # the board's wording"), expected: [] },
  { name: "a comment on its own line", plan: edit(plan, ["goals:\n", "goals:\n  #todo add more\n"]), expected: [] },
  { name: "a comment right after a key is not cut text", plan: edit(plan, ["goals:\n", "goals: #list\n"]), expected: [] },
  {
    name: "a # inside a block scalar is text, not a comment",
    plan: edit(plan, ["    title: More conversation\n", "    title: >-\n      More conversation in\n      #general\n"]),
    expected: [],
  },
]);
