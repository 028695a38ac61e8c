import { defineRule } from "./define-rule.js";
import {
  CONTEST_END_HOURS,
  FOLLOW_UP_HOURS,
  LAUNCH_STEP_HOURS,
  MODERATION_HOURS_PER_CHANNEL,
  PREP_HOURS,
  REVIEW_HOURS_PER_WEEK,
  weeklyLoad,
} from "../strategy/load-estimate.js";
import { teamSize } from "../strategy/team-size.js";
import { roundToTenth } from "../util/round-to-tenth.js";


/** More hours per person than this is not a plan, it is burn-out. */
const MAX_HOURS_PER_PERSON = 40;

const list = (hours: Readonly<Record<string, number>>) => Object.entries(hours).map(([name, h]) => `${name} ${h} h`).join(", ");

// Built from the estimate's own numbers, so the documentation cannot drift from the code.
const why =
  "Promises the team cannot keep (a daily post, weekly live sessions, fast answers on five channels) are the quickest way to lose members' trust and the team's energy. " +
  "An average hides the busy weeks, so the estimate is made for every ISO week (Monday to Sunday, dates in `community.timeZone`) over the horizon, or 52 weeks from today without one, and the rule reports the worst week. " +
  `Each series instalment on the dates its cadence falls on, and each event in its week, costs preparation by format + the session's length for live formats (1 h when not given) + ${FOLLOW_UP_HOURS} h follow-up, ` +
  `with preparation of ${list(PREP_HOURS)}; a contest costs ${PREP_HOURS.contest + FOLLOW_UP_HOURS} h in the week it starts and ${CONTEST_END_HOURS} h in the week it ends; each launch step ${LAUNCH_STEP_HOURS} h in the week it is due. ` +
  "Moderation is the shift hours of every moderator who names a team member (`member:`), on the days of their shift; volunteers' shifts count too, as the team's hours include volunteers, and are shown apart. " +
  `Where no moderator's shift is known that way, moderation and member care is a flat ${MODERATION_HOURS_PER_CHANNEL} h a week per channel. The review costs ${list(REVIEW_HOURS_PER_WEEK)} a week. ` +
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
    overloaded: "The week of {{week}} needs about {{load}} hours (content {{content}}, events {{events}}, moderation {{moderation}} of which volunteers' shifts {{volunteerShifts}}, review {{review}}), more than the team's {{hours}} a week; an average week needs {{average}}.",
    overworked: "{{hours}} hours a week for {{people}} {{noun}} is more than {{max}} hours each.",
  },
  check({ plan, options, report }) {
    const team = plan.community.team;
    const { people, hoursPerWeek } = teamSize(team);
    const { worst, average } = weeklyLoad(plan, options.today);
    if (worst.total > hoursPerWeek) {
      // With only members listed, the total lives nowhere in the file; point at the list.
      const path = team.hoursPerWeek === undefined ? ["community", "team", "members"] : ["community", "team", "hoursPerWeek"];
      report({ messageId: "overloaded", path, at: team.hoursPerWeek === undefined ? "key" : "value", data: {
        week: worst.monday, load: worst.total, content: worst.content, events: worst.events, moderation: worst.moderation,
        volunteerShifts: worst.volunteerShifts, review: worst.review, hours: roundToTenth(hoursPerWeek), average: average.total,
      } });
    }
    if (people > 0 && hoursPerWeek / people > MAX_HOURS_PER_PERSON) {
      report({ messageId: "overworked", path: ["community", "team"], at: "key", data: { hours: roundToTenth(hoursPerWeek), people, noun: people === 1 ? "person" : "people", max: MAX_HOURS_PER_PERSON } });
    }
  },
});
