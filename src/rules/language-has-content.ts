import { defineRule } from "./define-rule.js";
import { languagesWithoutContent } from "../strategy/content-languages.js";

// A bilingual plan whose guidelines and moderator already cover both languages; only the content differs.
const plan = (languages: string) =>
  "community:\n  name: Test community\n  purpose: A plan for tests.\n  kind: owned\n  timeZone: Europe/Amsterdam\n  languages: [en, nl]\n  team:\n    people: 1\n    hoursPerWeek: 20\n" +
  "guidelines:\n  rules:\n    - id: be-kind\n      title: { en: Be kind, nl: Wees vriendelijk }\n  consequences:\n    - { en: A reminder, nl: Een herinnering }\n    - { en: A ban, nl: Een verbanning }\n  reporting: { en: Flag the post., nl: Meld het bericht. }\n" +
  "moderation:\n  moderators:\n    - id: sam\n      name: Sam\n      timeZone: Europe/Amsterdam\n      languages: [en, nl]\n      hours: { days: [mon, tue, wed, thu, fri, sat, sun], start: \"08:00\", end: \"20:00\" }\n  responseTime: 48h\n" +
  `content:\n  series:\n    - id: weekly-tip\n      title: Weekly tip\n      channel: forum\n      format: article\n      cadence: { every: week, weekdays: [tue] }\n      localTime: "10:00"\n      languages: [${languages}]\n`;

export default defineRule({
  id: "language-has-content",
  kind: "strategy",
  defaultSeverity: "warning",
  docs: {
    description: "Every language in `community.languages` has at least one series or event that runs in it.",
    why: "Naming a language promises its speakers a place in the community. If every series and event runs in other languages, they find translated rules and an empty room, and leave. Plan at least one series or event in each language, or take the language out until the team can serve it. A series or event without `languages` runs in all of the community's languages; a plan with no series or events is not judged.",
    failing: plan("en"),
    fixed: plan("en, nl"),
  },
  messages: {
    empty: 'No series or event runs in "{{language}}": plan one in that language (or leave `languages` out of an item that runs in all of them), or remove the language.',
  },
  check({ plan, report }) {
    for (const { language, index } of languagesWithoutContent(plan)) {
      report({ messageId: "empty", path: ["community", "languages", index], data: { language } });
    }
  },
});
