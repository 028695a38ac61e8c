import { minimalPlan as plan } from "../helpers/plans.js";
import { edit, testRule } from "../helpers/rule-cases.js";

const rule = "async-persona-real-time-channel";
// Series on both channels, so neither sits idle (channel-has-activity).
const feed = 'content:\n  series:\n    - id: t\n      title: T\n      channel: forum\n      format: discussion\n      cadence: { every: week, weekdays: [tue] }\n      localTime: "10:00"\n    - id: v\n      title: V\n      channel: live\n      format: video\n      cadence: { every: month, day: 1 }\n      localTime: "10:00"\n';
const channel = (lines: string) =>
  edit(plan, ["targets:\n", `  - id: live\n    name: Live\n    platform: twitch\n${lines}    audience: [member]\ntargets:\n`]) + feed;

testRule(rule, [
  { name: "an async persona on a forum", plan, expected: [] },
  {
    name: "a live-events channel is real-time unless it says otherwise, at the audience item",
    plan: channel("    kind: live-events\n"),
    expected: [{ ruleId: rule, messageId: "realTimeForAsync", line: 36, column: 16, data: { channel: "live", persona: "member" } }],
  },
  {
    name: "an explicit real-time interaction",
    plan: channel("    kind: video\n    interaction: real-time\n"),
    expected: [{ ruleId: rule, messageId: "realTimeForAsync", line: 37, column: 16, data: { channel: "live", persona: "member" } }],
  },
  {
    name: "chat is mixed by default",
    plan: channel("    kind: chat\n"),
    expected: [],
  },
  {
    name: "a persona that likes real time is fine on a real-time channel",
    plan: edit(channel("    kind: live-events\n"), ["    communication: async", "    communication: mixed"]),
    expected: [],
  },
]);
