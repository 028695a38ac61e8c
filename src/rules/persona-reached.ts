import { defineRule } from "./define-rule.js";
import { channelsByAudience, prefers } from "../strategy/channels.js";

export default defineRule({
  id: "persona-reached",
  kind: "strategy",
  defaultSeverity: "error",
  docs: {
    description: "Every persona must be in the audience of at least one channel it prefers.",
    why: "A community is built where its members already are. A persona that no channel serves is a group the plan forgets; one served only on platforms it does not use will not show up. Preferences match a channel's platform, kind or id.",
    failing: "personas:\n  - id: member\n    name: Member\n    languages: [en]\n    timeZones: [Europe/Amsterdam]\n    communication: async\n    preferredPlatforms: [reddit]\n",
    fixed: "personas:\n  - id: member\n    name: Member\n    languages: [en]\n    timeZones: [Europe/Amsterdam]\n    communication: async\n    preferredPlatforms: [reddit, forum]\n",
  },
  messages: {
    unreached: 'No channel has the persona "{{id}}" in its audience.',
    notPreferred: 'The persona "{{id}}" is reached only on {{channels}}, none of which it prefers ({{preferred}}).',
  },
  check({ plan, report }) {
    const audiences = channelsByAudience(plan.channels);
    plan.personas.forEach((persona, index) => {
      const path = ["personas", index, "id"];
      const reaching = audiences.get(persona.id) ?? [];
      if (reaching.length === 0) {
        report({ messageId: "unreached", path, data: { id: persona.id } });
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
