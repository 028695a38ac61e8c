import { defineRule } from "./define-rule.js";
import { teamSize } from "../strategy/team-size.js";

const round = (n: number) => Math.round(n * 100) / 100;

export default defineRule({
  id: "team-consistent",
  kind: "strategy",
  defaultSeverity: "error",
  docs: {
    description: "When both the team's totals and its members are given, `people` and `hoursPerWeek` agree with the members.",
    why: "The capacity check, the load per member and the documents read the team from one place. When `people` or `hoursPerWeek` says one thing and the members another, some of them judge a team that does not exist. With members listed, the totals can simply be left out.",
    failing: "community:\n  name: Test community\n  purpose: A plan for tests.\n  kind: owned\n  timeZone: Europe/Amsterdam\n  languages: [en]\n  team:\n    people: 1\n    hoursPerWeek: 20\n    members:\n      - id: sam\n        name: Sam\n        role: Community lead\n        hoursPerWeek: 16\n      - id: ari\n        name: Ari\n        role: Volunteer moderator\n        hoursPerWeek: 4\n        volunteer: true\n",
    fixed: "community:\n  name: Test community\n  purpose: A plan for tests.\n  kind: owned\n  timeZone: Europe/Amsterdam\n  languages: [en]\n  team:\n    members:\n      - id: sam\n        name: Sam\n        role: Community lead\n        hoursPerWeek: 16\n      - id: ari\n        name: Ari\n        role: Volunteer moderator\n        hoursPerWeek: 4\n        volunteer: true\n",
  },
  messages: {
    people: "`people` says {{given}}, but {{members}} members are listed; make it {{members}} or leave it out.",
    hours: "`hoursPerWeek` says {{given}}, but the members' hours add up to {{members}} (staff {{staff}}, volunteers {{volunteers}}); make it {{members}} or leave it out.",
  },
  check({ plan, report }) {
    const team = plan.community.team;
    if (!team.members) return;
    const size = teamSize(team);
    if (team.people !== undefined && team.people !== size.people) {
      report({ messageId: "people", path: ["community", "team", "people"], data: { given: team.people, members: size.people } });
    }
    // Hours may be fractions; a rounding difference below a hundredth is agreement.
    if (team.hoursPerWeek !== undefined && Math.abs(team.hoursPerWeek - size.hoursPerWeek) >= 0.01) {
      report({
        messageId: "hours",
        path: ["community", "team", "hoursPerWeek"],
        data: { given: team.hoursPerWeek, members: round(size.hoursPerWeek), staff: round(size.staffHours), volunteers: round(size.volunteerHours) },
      });
    }
  },
});
