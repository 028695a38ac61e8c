import { defineRule } from "./define-rule.js";
import type { Contest } from "../plan/types.js";

function missingParts(contest: Contest): string[] {
  const missing: string[] = [];
  if (!contest.rules?.trim()) missing.push("rules");
  if (!contest.prize?.trim()) missing.push("prize");
  if (!contest.jurisdictions?.length) missing.push("jurisdictions");
  return missing;
}

export default defineRule({
  id: "contest-essentials",
  kind: "strategy",
  defaultSeverity: "error",
  docs: {
    description: "Contests need rules, a prize and the jurisdictions they run in; a legal review is recommended.",
    why: "Contests and giveaways are regulated differently in every country: some need published terms, some forbid games of chance or require a skill element, some tax the prize. A contest without rules feels unfair to members, and one run in countries nobody checked can break the law.",
    failing: "engagement:\n  contests:\n    - id: spring-build\n      title: Spring build challenge\n      prize: A conference ticket\n",
    fixed: "engagement:\n  contests:\n    - id: spring-build\n      title: Spring build challenge\n      prize: A conference ticket\n      rules: https://example.org/contest-rules\n      jurisdictions: [NL, BE]\n      legalReview: Legal team, 2027-01-15\n",
  },
  messages: {
    missing: 'The contest "{{id}}" has no {{parts}}.',
    noLegalReview: 'Nobody has checked the contest "{{id}}" against the law in {{jurisdictions}}; add a legalReview.',
  },
  check({ plan, report }) {
    plan.engagement?.contests?.forEach((contest, index) => {
      const path = ["engagement", "contests", index];
      const missing = missingParts(contest);
      if (missing.length > 0) {
        const parts = missing.length === 1 ? missing[0]! : `${missing.slice(0, -1).join(", ")} or ${missing.at(-1)}`;
        report({ messageId: "missing", path, data: { id: contest.id, parts } });
      } else if (!contest.legalReview?.trim()) {
        report({ messageId: "noLegalReview", path, severity: "warning", data: { id: contest.id, jurisdictions: contest.jurisdictions!.join(", ") } });
      }
    });
  },
});
