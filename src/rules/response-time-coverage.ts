import { defineRule } from "./define-rule.js";
import { isTimeZone } from "../time/zone-names.js";
import { describeWeekPoint, formatMinutes, worstGap } from "../strategy/moderation-coverage.js";
import { durationMinutes } from "../time/civil-date.js";

export default defineRule({
  id: "response-time-coverage",
  kind: "strategy",
  defaultSeverity: "error",
  docs: {
    description: "The moderators' hours, across their time zones, must leave no gap longer than the response-time promise.",
    why: "A promise to answer within 24 hours is broken every weekend when all moderators work Monday to Friday. Members notice a missed promise more than a modest one kept: promise what the rota covers, or add shifts. The check lays every moderator's shifts (Monday to Friday, 09:00-17:00 when no hours are given) on one UTC week, in January and in July so daylight saving counts, and finds the longest stretch with nobody on duty. When the community is one you join (`community.kind: joining-existing`), the host's rules and moderators apply and this rule does not fire; plan instead how the team shows up there: who posts, in which languages, how fast they answer in the host's channels, and which of the host's rules matter most for your posts.",
    failing: "moderation:\n  moderators:\n    - id: sam\n      name: Sam\n      timeZone: Europe/Amsterdam\n      languages: [en]\n      hours: { days: [mon, tue, wed, thu, fri], start: \"09:00\", end: \"17:00\" }\n  responseTime: 24h\n",
    fixed: "moderation:\n  moderators:\n    - id: sam\n      name: Sam\n      timeZone: Europe/Amsterdam\n      languages: [en]\n      hours: { days: [mon, tue, wed, thu, fri], start: \"09:00\", end: \"17:00\" }\n    - id: kai\n      name: Kai (weekend volunteer)\n      timeZone: America/New_York\n      languages: [en]\n      hours: { days: [sat, sun], start: \"08:00\", end: \"16:00\" }\n  responseTime: 24h\n",
  },
  messages: {
    noModeration: "The plan has no moderation: name who moderates, when, and how fast members get a reply.",
    gap: "Nobody moderates for {{gap}} from {{from}}, longer than the {{promise}} response-time promise.",
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
    if (gap.minutes <= promise) return;
    report({
      messageId: "gap",
      path: ["moderation", "responseTime"],
      data: { gap: formatMinutes(gap.minutes), from: describeWeekPoint(gap.startsAt), promise: plan.moderation.responseTime },
    });
  },
});
