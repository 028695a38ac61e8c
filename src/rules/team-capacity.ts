import { defineRule } from "./define-rule.js";
import {
  estimateWeeklyLoad,
  FOLLOW_UP_HOURS,
  MODERATION_HOURS_PER_CHANNEL,
  PREP_HOURS,
  REVIEW_HOURS_PER_WEEK,
} from "../strategy/load-estimate.js";
import { teamSize } from "../strategy/team-size.js";

const round = (n: number) => Math.round(n * 10) / 10;

/** More hours per person than this is not a plan, it is burn-out. */
const MAX_HOURS_PER_PERSON = 40;

const list = (hours: Readonly<Record<string, number>>) => Object.entries(hours).map(([name, h]) => `${name} ${h} h`).join(", ");

// Built from the estimate's own numbers, so the documentation cannot drift from the code.
const why =
  "Promises the team cannot keep (a daily post, weekly live sessions, fast answers on five channels) are the quickest way to lose members' trust and the team's energy. " +
  `The estimate adds, per week: for each series, instalments per week × (preparation by format + the session's length for live formats, 1 h when not given + ${FOLLOW_UP_HOURS} h follow-up), ` +
  `with preparation of ${list(PREP_HOURS)}; one-off events the same way, spread over the horizon's weeks (52 without one); ` +
  `${MODERATION_HOURS_PER_CHANNEL} h of moderation and member care per channel, plus the shift hours of every moderator who names a team member (\`member:\`); and the review (${list(REVIEW_HOURS_PER_WEEK)}). ` +
  `It also warns when the team's hours come to more than ${MAX_HOURS_PER_PERSON} a week per person. ` +
  "The estimate is deliberately rough: if it is wrong for your team, turn the rule off in `lint.rules` with a note why.";

export default defineRule({
  id: "team-capacity",
  kind: "strategy",
  defaultSeverity: "warning",
  docs: {
    description: "The team's weekly hours must carry the planned content, events, moderation and reviews.",
    why,
    failing: "community:\n  name: Test community\n  purpose: A plan for tests.\n  kind: owned\n  timeZone: Europe/Amsterdam\n  languages: [en]\n  team:\n    people: 1\n    hoursPerWeek: 20\ncontent:\n  series:\n    - id: daily-video\n      title: Daily video\n      channel: forum\n      format: video\n      cadence: { every: week, weekdays: [mon, tue, wed, thu, fri] }\n      localTime: \"10:00\"\n",
    fixed: "community:\n  name: Test community\n  purpose: A plan for tests.\n  kind: owned\n  timeZone: Europe/Amsterdam\n  languages: [en]\n  team:\n    people: 1\n    hoursPerWeek: 20\ncontent:\n  series:\n    - id: weekly-video\n      title: Weekly video\n      channel: forum\n      format: video\n      cadence: { every: week, weekdays: [thu] }\n      localTime: \"10:00\"\n",
  },
  messages: {
    overloaded: "The plan needs about {{load}} hours a week (content {{content}}, events {{events}}, moderation {{moderation}}, review {{review}}), more than the team's {{hours}}.",
    overworked: "{{hours}} hours a week for {{people}} {{noun}} is more than {{max}} hours each.",
  },
  check({ plan, report }) {
    const team = plan.community.team;
    const { people, hoursPerWeek } = teamSize(team);
    const load = estimateWeeklyLoad(plan);
    if (load.total > hoursPerWeek) {
      // With only members listed, the total lives nowhere in the file; point at the list.
      const path = team.hoursPerWeek === undefined ? ["community", "team", "members"] : ["community", "team", "hoursPerWeek"];
      report({ messageId: "overloaded", path, at: team.hoursPerWeek === undefined ? "key" : "value", data: { ...load, load: load.total, hours: round(hoursPerWeek) } });
    }
    if (people > 0 && hoursPerWeek / people > MAX_HOURS_PER_PERSON) {
      report({ messageId: "overworked", path: ["community", "team"], at: "key", data: { hours: round(hoursPerWeek), people, noun: people === 1 ? "person" : "people", max: MAX_HOURS_PER_PERSON } });
    }
  },
});
