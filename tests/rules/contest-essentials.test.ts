import { minimalPlan as plan } from "../helpers/plans.js";
import { testRule } from "../helpers/rule-cases.js";

const rule = "contest-essentials";
const contest = (lines: string) => `${plan}engagement:\n  contests:\n    - id: photo\n      title: Photo contest\n${lines}`;
const complete = "      prize: A camera\n      rules: https://example.org/rules\n      jurisdictions: [NL, BE]\n";

testRule(rule, [
  { name: "rules, prize, jurisdictions and a legal review", plan: contest(`${complete}      legalReview: Legal, 2027-01-10\n`), expected: [] },
  {
    name: "nothing but a title: one finding at the contest",
    plan: contest(""),
    expected: [{ ruleId: rule, messageId: "missing", line: 62, column: 7, data: { id: "photo", parts: "rules, prize or jurisdictions" } }],
  },
  {
    name: "an empty list of jurisdictions counts as none",
    plan: contest("      prize: A camera\n      rules: https://example.org/rules\n      jurisdictions: []\n"),
    expected: [{ ruleId: rule, messageId: "missing", line: 62, column: 7, data: { id: "photo", parts: "jurisdictions" } }],
  },
  {
    name: "complete but nobody checked the law: a warning",
    plan: contest(complete),
    expected: [{ ruleId: rule, messageId: "noLegalReview", line: 62, column: 7, data: { id: "photo", jurisdictions: "NL, BE" } }],
  },
]);
