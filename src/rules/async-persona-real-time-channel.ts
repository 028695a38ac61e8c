import { defineRule } from "./define-rule.js";
import { channelInteraction } from "../strategy/channels.js";

export default defineRule({
  id: "async-persona-real-time-channel",
  kind: "strategy",
  defaultSeverity: "warning",
  docs: {
    description: "A real-time-only channel should not serve a persona that prefers asynchronous communication.",
    why: "People who prefer forums and e-mail read and answer when it suits them; a channel where everything happens live (a livestream, a live-events programme, a chat set to real-time) loses them. Give them an asynchronous way in, or a recording, and leave them out of the real-time channel's audience.",
    failing: "channels:\n  - id: forum\n    name: Forum\n    platform: discourse\n    kind: forum\n    audience: [member]\n  - id: streams\n    name: Live streams\n    platform: twitch\n    kind: video\n    interaction: real-time\n    audience: [member]\ncontent:\n  series:\n    - id: forum-talk\n      title: Forum talk\n      channel: forum\n      format: discussion\n      cadence: { every: week, weekdays: [tue] }\n      localTime: \"10:00\"\n    - id: monthly-video\n      title: Monthly video\n      channel: streams\n      format: video\n      cadence: { every: month, day: 1 }\n      localTime: \"10:00\"\n",
    fixed: "channels:\n  - id: forum\n    name: Forum\n    platform: discourse\n    kind: forum\n    audience: [member]\n  - id: streams\n    name: Live streams, with recordings\n    platform: youtube\n    kind: video\n    interaction: mixed\n    audience: [member]\ncontent:\n  series:\n    - id: forum-talk\n      title: Forum talk\n      channel: forum\n      format: discussion\n      cadence: { every: week, weekdays: [tue] }\n      localTime: \"10:00\"\n    - id: monthly-video\n      title: Monthly video\n      channel: streams\n      format: video\n      cadence: { every: month, day: 1 }\n      localTime: \"10:00\"\n",
  },
  messages: {
    realTimeForAsync: 'The channel "{{channel}}" is real-time only, but the persona "{{persona}}" prefers asynchronous communication.',
  },
  check({ plan, report }) {
    const asyncPersonas = new Set(plan.personas.filter((p) => p.communication === "async").map((p) => p.id));
    plan.channels.forEach((channel, index) => {
      if (channelInteraction(channel) !== "real-time") return;
      channel.audience?.forEach((persona, j) => {
        if (!asyncPersonas.has(persona)) return;
        report({ messageId: "realTimeForAsync", path: ["channels", index, "audience", j], data: { channel: channel.id, persona } });
      });
    });
  },
});
