import { defineRule } from "./define-rule.js";
import { activeChannelIds } from "../strategy/channel-activity.js";

export default defineRule({
  id: "channel-has-activity",
  kind: "strategy",
  defaultSeverity: "warning",
  docs: {
    description: "Every channel has something that feeds it: a series, an event, a target, or a contest or tactic that names it.",
    why: "A channel nobody posts in, measures or runs anything on goes quiet within weeks, and an empty channel tells visitors the community is dead. Either plan what happens there (a series, an event, a target measured on it, or a contest or tactic with it in `channels`) or drop the channel until there is. In a plan with a single channel, a target that names no channel counts for it.",
    failing:
      "channels:\n  - id: forum\n    name: Forum\n    platform: discourse\n    kind: forum\n    audience: [member]\n    languages: [en]\n  - id: newsletter\n    name: Newsletter\n    platform: mailchimp\n    kind: newsletter\n    audience: [member]\n    languages: [en]\ncontent:\n  series:\n    - id: forum-talk\n      title: Forum talk\n      channel: forum\n      format: discussion\n      cadence: { every: week, weekdays: [tue] }\n      localTime: \"10:00\"\n    - id: forum-video\n      title: Monthly video\n      channel: forum\n      format: video\n      cadence: { every: month, day: 1 }\n      localTime: \"10:00\"\n",
    fixed:
      "channels:\n  - id: forum\n    name: Forum\n    platform: discourse\n    kind: forum\n    audience: [member]\n    languages: [en]\n  - id: newsletter\n    name: Newsletter\n    platform: mailchimp\n    kind: newsletter\n    audience: [member]\n    languages: [en]\ncontent:\n  series:\n    - id: forum-talk\n      title: Forum talk\n      channel: forum\n      format: discussion\n      cadence: { every: week, weekdays: [tue] }\n      localTime: \"10:00\"\n    - id: forum-video\n      title: Monthly video\n      channel: forum\n      format: video\n      cadence: { every: month, day: 1 }\n      localTime: \"10:00\"\n    - id: monthly-digest\n      title: Monthly digest\n      channel: newsletter\n      format: newsletter\n      cadence: { every: month, day: 1 }\n      localTime: \"09:00\"\n",
  },
  messages: {
    idle: 'Nothing feeds the channel "{{id}}": add a series or event on it, a target measured there, or name it in a contest\'s or tactic\'s `channels`.',
  },
  check({ plan, report }) {
    const active = activeChannelIds(plan);
    plan.channels.forEach((channel, i) => {
      if (!active.has(channel.id)) report({ messageId: "idle", path: ["channels", i, "id"], data: { id: channel.id } });
    });
  },
});
