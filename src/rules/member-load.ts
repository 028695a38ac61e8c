import { defineRule } from "./define-rule.js";
import { memberLoads } from "../strategy/member-load.js";

const round = (n: number) => Math.round(n * 10) / 10;

export default defineRule({
  id: "member-load",
  kind: "strategy",
  defaultSeverity: "warning",
  docs: {
    description: "No team member's estimated load exceeds their hours a week.",
    why: "A team whose total hours carry the plan can still hang on one person: the lead who owns every series, or a volunteer on a forty-hour moderation rota. That person burns out or quietly drops things, and the whole plan slips with them. The estimate is the one `team-capacity` uses, split by the member each item's `owner` (or a moderator's `member`) names; items nobody on the team owns count for the team, not for a member.",
    failing: "community:\n  name: Test community\n  purpose: A plan for tests.\n  kind: owned\n  timeZone: Europe/Amsterdam\n  languages: [en]\n  team:\n    members:\n      - id: sam\n        name: Sam\n        role: Community lead\n        hoursPerWeek: 4\n      - id: ari\n        name: Ari\n        role: Writer\n        hoursPerWeek: 16\ncontent:\n  series:\n    - id: weekly-tutorial\n      title: Weekly tutorial\n      channel: forum\n      format: tutorial\n      cadence: { every: week, weekdays: [tue] }\n      localTime: \"10:00\"\n      owner: sam\n",
    fixed: "community:\n  name: Test community\n  purpose: A plan for tests.\n  kind: owned\n  timeZone: Europe/Amsterdam\n  languages: [en]\n  team:\n    members:\n      - id: sam\n        name: Sam\n        role: Community lead\n        hoursPerWeek: 4\n      - id: ari\n        name: Ari\n        role: Writer\n        hoursPerWeek: 16\ncontent:\n  series:\n    - id: weekly-tutorial\n      title: Weekly tutorial\n      channel: forum\n      format: tutorial\n      cadence: { every: week, weekdays: [tue] }\n      localTime: \"10:00\"\n      owner: ari\n",
  },
  messages: {
    overloaded: "{{name}} is estimated at {{load}} hours a week ({{items}}), more than their {{hours}}.",
  },
  check({ plan, report }) {
    const members = plan.community.team.members ?? [];
    memberLoads(plan).forEach(({ member, hours, items }) => {
      if (hours <= member.hoursPerWeek) return;
      const list = items.map((item) => `${item.label} ${round(item.hours)} h`).join(", ");
      report({
        messageId: "overloaded",
        path: ["community", "team", "members", members.indexOf(member), "hoursPerWeek"],
        data: { name: member.name, load: hours, hours: member.hoursPerWeek, items: list },
      });
    });
  },
});
