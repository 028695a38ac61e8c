import { defineRule } from "./define-rule.js";
import { channelsByAudience, prefers } from "../strategy/channels.js";
import { sameLanguage } from "../strategy/languages.js";

export default defineRule({
  id: "persona-reached",
  kind: "strategy",
  defaultSeverity: "error",
  docs: {
    description: "Every persona must be in the audience of at least one channel it prefers.",
    why: "A community is built where its members already are. A persona that no channel serves is a group the plan forgets; one served only on platforms it does not use, or only in a language it does not read, will not show up. A channel counts for a persona only when it runs in one of the persona's languages (a channel without `languages` runs in the community's). Preferences match a channel's platform, kind or id.",
    failing: "personas:\n  - id: member\n    name: Member\n    languages: [en]\n    timeZones: [Europe/Amsterdam]\n    communication: async\n    preferredPlatforms: [reddit]\n",
    fixed: "personas:\n  - id: member\n    name: Member\n    languages: [en]\n    timeZones: [Europe/Amsterdam]\n    communication: async\n    preferredPlatforms: [reddit, forum]\n",
  },
  messages: {
    unreached: 'No channel has the persona "{{id}}" in its audience.',
    wrongLanguage: 'The persona "{{id}}" speaks {{languages}}, but {{channels}} runs in none of them: add the language to a channel, or a channel in that language.',
    notPreferred: 'The persona "{{id}}" is reached only on {{channels}}, none of which it prefers ({{preferred}}).',
  },
  check({ plan, report }) {
    const audiences = channelsByAudience(plan.channels);
    plan.personas.forEach((persona, index) => {
      const path = ["personas", index, "id"];
      const audience = audiences.get(persona.id) ?? [];
      if (audience.length === 0) {
        report({ messageId: "unreached", path, data: { id: persona.id } });
        return;
      }
      // A channel reaches a persona only in a language they read; without `languages` it runs in the community's.
      const reaching = audience.filter((channel) =>
        (channel.languages ?? plan.community.languages).some((language) => persona.languages.some((spoken) => sameLanguage(spoken, language))),
      );
      if (reaching.length === 0) {
        report({ messageId: "wrongLanguage", path: ["personas", index, "languages"], data: { id: persona.id, languages: persona.languages.join(", "), channels: audience.map((c) => c.id).join(", ") } });
        return;
      }
      // A persona without stated preferences is reached by any channel that serves it.
      const preferred = persona.preferredPlatforms ?? [];
      if (preferred.length === 0 || reaching.some((channel) => prefers(persona, channel))) return;
      report({
        messageId: "notPreferred",
        path,
        data: { id: persona.id, channels: reaching.map((c) => `${c.id} (${c.platform})`).join(", "), preferred: preferred.join(", ") },
      });
    });
  },
});
