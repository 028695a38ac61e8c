import { defineRule } from "./define-rule.js";
import { coversLanguage } from "../strategy/languages.js";

export default defineRule({
  id: "moderator-languages",
  kind: "strategy",
  defaultSeverity: "error",
  docs: {
    description: "For every community language, at least one moderator must speak it.",
    why: "Members who write in a language no moderator reads get slower answers and no protection: spam, harassment and cultural misunderstandings go unnoticed. Moderators from the community's own language groups also catch tone that a translation tool misses. When the community is one you join (`community.kind: joining-existing`), the host's rules and moderators apply and this rule does not fire; plan instead how the team shows up there: who posts, in which languages, how fast they answer in the host's channels, and which of the host's rules matter most for your posts.",
    failing: "moderation:\n  moderators:\n    - id: sam\n      name: Sam\n      timeZone: Europe/Amsterdam\n      languages: [nl]\n      hours: { days: [mon, tue, wed, thu, fri, sat, sun], start: \"08:00\", end: \"20:00\" }\n  responseTime: 48h\n",
    fixed: "moderation:\n  moderators:\n    - id: sam\n      name: Sam\n      timeZone: Europe/Amsterdam\n      languages: [nl, en]\n      hours: { days: [mon, tue, wed, thu, fri, sat, sun], start: \"08:00\", end: \"20:00\" }\n  responseTime: 48h\n",
  },
  messages: {
    unspoken: 'No moderator speaks "{{language}}", a language of the community.',
  },
  check({ plan, report }) {
    // In someone else's community the host's guidelines and moderation apply.
    if (plan.community.kind === "joining-existing") return;
    const moderators = plan.moderation?.moderators;
    // No moderation at all is response-time-coverage's finding.
    if (!moderators) return;
    const spoken = moderators.flatMap((m) => m.languages);
    plan.community.languages.forEach((language, index) => {
      if (!coversLanguage(spoken, language)) report({ messageId: "unspoken", path: ["community", "languages", index], data: { language } });
    });
  },
});
