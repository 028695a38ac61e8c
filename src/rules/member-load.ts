import { defineRule } from "./define-rule.js";
import { memberLoads } from "../strategy/member-load.js";
import { loadWeeks } from "../strategy/load-weeks.js";
import { roundToTenth } from "../util/round-to-tenth.js";


export default defineRule({
  id: "member-load",
  kind: "strategy",
  defaultSeverity: "warning",
  docs: {
    description: "No team member's estimated load exceeds their hours a week.",
    why: "A team whose total hours carry the plan can still hang on one person: the lead who owns every series, or a volunteer on a forty-hour moderation rota. That person burns out or quietly drops things, and the whole plan slips with them. The estimate is the one `team-capacity` uses, week by week (ISO weeks in `community.timeZone`), split by the member each item's `owner` names (a moderator's shift to the member its `member:` names); items nobody on the team owns count for the team, not for a member. The rule reports each member's worst week.",
    failing: "community:\n  name: Test community\n  purpose: A plan for tests.\n  kind: owned\n  timeZone: Europe/Amsterdam\n  languages: [en]\n  team:\n    members:\n      - id: sam\n        name: Sam\n        role: Community lead\n        hoursPerWeek: 4\n      - id: ari\n        name: Ari\n        role: Writer\n        hoursPerWeek: 16\ncontent:\n  series:\n    - id: weekly-tutorial\n      title: Weekly tutorial\n      channel: forum\n      format: tutorial\n      cadence: { every: week, weekdays: [tue] }\n      localTime: \"10:00\"\n      owner: sam\n",
    fixed: "community:\n  name: Test community\n  purpose: A plan for tests.\n  kind: owned\n  timeZone: Europe/Amsterdam\n  languages: [en]\n  team:\n    members:\n      - id: sam\n        name: Sam\n        role: Community lead\n        hoursPerWeek: 4\n      - id: ari\n        name: Ari\n        role: Writer\n        hoursPerWeek: 16\ncontent:\n  series:\n    - id: weekly-tutorial\n      title: Weekly tutorial\n      channel: forum\n      format: tutorial\n      cadence: { every: week, weekdays: [tue] }\n      localTime: \"10:00\"\n      owner: ari\n",
  },
  messages: {
    overloaded: "{{name}} is estimated at {{load}} hours in the week of {{week}} ({{items}}), more than their {{hours}} a week.",
  },
  check({ plan, options, report }) {
    const members = plan.community.team.members ?? [];
    const { mondays } = loadWeeks(plan, options.today);
    memberLoads(plan, options.today).forEach(({ member, items, worstWeek }) => {
      if (worstWeek.hours <= member.hoursPerWeek) return;
      const w = mondays.indexOf(worstWeek.monday);
      const list = items.filter((item) => roundToTenth(item.weeks[w]!) > 0).map((item) => `${item.label} ${roundToTenth(item.weeks[w]!)} h`).join(", ");
      report({
        messageId: "overloaded",
        path: ["community", "team", "members", members.indexOf(member), "hoursPerWeek"],
        data: { name: member.name, load: worstWeek.hours, week: worstWeek.monday, hours: member.hoursPerWeek, items: list },
      });
    });
  },
});
