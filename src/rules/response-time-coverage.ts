import { defineRule } from "./define-rule.js";
import { isTimeZone } from "../time/zone-names.js";
import { describeWeekPoint, formatMinutes, worstGap } from "../strategy/moderation-coverage.js";
import { awayShortfalls } from "../strategy/away-coverage.js";
import { durationMinutes, WEEKDAYS } from "../time/civil-date.js";

export default defineRule({
  id: "response-time-coverage",
  kind: "strategy",
  defaultSeverity: "error",
  docs: {
    description: "The moderators' hours, across their time zones, must leave no gap longer than the response-time promise.",
    why: "A promise to answer within 24 hours is broken every weekend when all moderators work Monday to Friday. Members notice a missed promise more than a modest one kept: promise what the rota covers, or add shifts. The check lays every moderator's shifts (Monday to Friday, 09:00-17:00 when no hours are given) on one UTC week, in January and in July so daylight saving counts, and finds the longest stretch with nobody on duty. A member's `away` period (holidays, leave) takes the shifts of the moderators who name that member (`member:`) off the rota on those dates: when the moderators who stay leave a longer gap, or no moderator left speaks one of the away member's languages, the finding is at the period and names it. Plan cover for it (a stand-in, a colleague's extra shift) or say in the promise that replies are slower then. Content blackouts (`content.blackouts`) pause scheduled content, not moderation, so they do not count here; a team break is each member's `away`. When the community is one you join (`community.kind: joining-existing`), the host's rules and moderators apply and this rule does not fire; plan instead how the team shows up there: who posts, in which languages, how fast they answer in the host's channels, and which of the host's rules matter most for your posts.",
    failing: "moderation:\n  moderators:\n    - id: sam\n      name: Sam\n      timeZone: Europe/Amsterdam\n      languages: [en]\n      hours: { days: [mon, tue, wed, thu, fri], start: \"09:00\", end: \"17:00\" }\n  responseTime: 24h\n",
    fixed: "moderation:\n  moderators:\n    - id: sam\n      name: Sam\n      timeZone: Europe/Amsterdam\n      languages: [en]\n      hours: { days: [mon, tue, wed, thu, fri], start: \"09:00\", end: \"17:00\" }\n    - id: kai\n      name: Kai (weekend volunteer)\n      timeZone: America/New_York\n      languages: [en]\n      hours: { days: [sat, sun], start: \"08:00\", end: \"16:00\" }\n  responseTime: 24h\n",
  },
  messages: {
    noModeration: "The plan has no moderation: name who moderates, when, and how fast members get a reply.",
    gap: "Nobody moderates for {{gap}} from {{from}}, longer than the {{promise}} response-time promise.",
    awayGap:
      "While {{who}} is away ({{period}}), nobody moderates for {{gap}} from {{from}}, longer than the {{promise}} response-time promise; plan a stand-in for that period.",
    awayLanguage: "While {{who}} is away ({{period}}), no moderator is left for {{languages}}; plan a stand-in who moderates in it for that period.",
  },
  check({ plan, options, report }) {
    // In someone else's community the host's guidelines and moderation apply.
    if (plan.community.kind === "joining-existing") return;
    if (!plan.moderation) {
      report({ messageId: "noModeration", path: [] });
      return;
    }
    const promise = durationMinutes(plan.moderation.responseTime);
    // A shift in an unknown zone cannot be placed in time; valid-time-zones reports the zone.
    if (!plan.moderation.moderators.every((m) => isTimeZone(m.timeZone))) return;
    const gap = worstGap(plan, options.today);
    if (gap.minutes > promise) {
      report({
        messageId: "gap",
        path: ["moderation", "responseTime"],
        data: { gap: formatMinutes(gap.minutes), from: describeWeekPoint(gap.startsAt), promise: plan.moderation.responseTime },
      });
      // The ordinary week already breaks the promise; that is the finding to fix first.
      return;
    }
    for (const shortfall of awayShortfalls(plan)) {
      const who = shortfall.member.name;
      const period = shortfall.from === shortfall.to ? shortfall.from : `${shortfall.from} to ${shortfall.to}`;
      if (shortfall.gap.minutes > promise) {
        report({
          messageId: "awayGap",
          path: shortfall.path,
          data: { who, period, gap: formatMinutes(shortfall.gap.minutes), from: describeInstant(shortfall.gap.startsAtMs), promise: plan.moderation.responseTime },
        });
      }
      // With nobody left at all the gap says it; naming each language would repeat it.
      if (shortfall.anyoneLeft && shortfall.uncoveredLanguages.length > 0) {
        report({ messageId: "awayLanguage", path: shortfall.path, data: { who, period, languages: shortfall.uncoveredLanguages.join(", ") } });
      }
    }
  },
});

/** `Fri 2027-07-30 08:00 UTC`. */
function describeInstant(epochMs: number): string {
  const iso = new Date(epochMs).toISOString();
  const day = WEEKDAYS[(new Date(epochMs).getUTCDay() + 6) % 7]!;
  return `${day[0]!.toUpperCase()}${day.slice(1)} ${iso.slice(0, 10)} ${iso.slice(11, 16)} UTC`;
}
