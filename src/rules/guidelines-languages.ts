import { defineRule } from "./define-rule.js";
import { describePath } from "../plan/json-pointer.js";
import { coversLanguage } from "../strategy/languages.js";
import { guidelineTexts, textLanguages } from "../strategy/localized-texts.js";

export default defineRule({
  id: "guidelines-languages",
  kind: "strategy",
  defaultSeverity: "error",
  docs: {
    description: "Guidelines must exist and be written in every community language.",
    why: "Rules only work when members can read them. A member who cannot read the rules in the language the community runs in cannot be held to them, and moderators lose the ground to act on. A plain text counts as the community's first language; give a map from language to text for the others. When the community is one you join (`community.kind: joining-existing`), the host's rules and moderators apply and this rule does not fire; plan instead how the team shows up there: who posts, in which languages, how fast they answer in the host's channels, and which of the host's rules matter most for your posts.",
    failing: "community:\n  name: Test community\n  purpose: A plan for tests.\n  kind: owned\n  timeZone: Europe/Amsterdam\n  languages: [en, nl]\n  team:\n    people: 1\n    hoursPerWeek: 20\nguidelines:\n  rules:\n    - id: be-kind\n      title: Be kind\n",
    fixed: "community:\n  name: Test community\n  purpose: A plan for tests.\n  kind: owned\n  timeZone: Europe/Amsterdam\n  languages: [en, nl]\n  team:\n    people: 1\n    hoursPerWeek: 20\nguidelines:\n  rules:\n    - id: be-kind\n      title: { en: Be kind, nl: Wees vriendelijk }\n  consequences:\n    - { en: A reminder, nl: Een herinnering }\n    - { en: A ban, nl: Een verbanning }\n  reporting: { en: Flag the post., nl: Meld het bericht. }\nmoderation:\n  moderators:\n    - id: sam\n      name: Sam\n      timeZone: Europe/Amsterdam\n      languages: [en, nl]\n      hours: { days: [mon, tue, wed, thu, fri, sat, sun], start: \"08:00\", end: \"20:00\" }\n  responseTime: 48h\n",
  },
  messages: {
    missing: "The plan has no guidelines: add the rules members agree to, in every community language.",
    missingLanguages: "{{where}} is not written in {{languages}}.",
  },
  check({ plan, report }) {
    // In someone else's community the host's guidelines and moderation apply.
    if (plan.community.kind === "joining-existing") return;
    if (!plan.guidelines) {
      report({ messageId: "missing", path: [] });
      return;
    }
    const languages = plan.community.languages;
    const first = languages[0] ?? "en";
    for (const { path, text } of guidelineTexts(plan)) {
      const written = textLanguages(text, first);
      const missing = languages.filter((language) => !coversLanguage(written, language));
      if (missing.length > 0) report({ messageId: "missingLanguages", path, data: { where: describePath(path), languages: missing.join(", ") } });
    }
  },
});
