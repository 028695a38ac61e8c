import { minimalPlan as plan } from "../helpers/plans.js";
import { edit, testRule } from "../helpers/rule-cases.js";

const rule = "channel-has-activity";
// A second channel after the forum: its id is on line 32.
const withChat = edit(plan, [
  "    languages: [en]\ntargets:",
  "    languages: [en]\n  - id: chat\n    name: Chat\n    platform: discord\n    kind: chat\n    interaction: mixed\n    audience: [member]\n    languages: [en]\ntargets:",
]);

testRule(rule, [
  { name: "the only channel, where the target is measured", plan, expected: [] },
  {
    name: "with two channels, a target without a channel feeds neither",
    plan: withChat,
    expected: [
      { ruleId: rule, messageId: "idle", line: 26, column: 9, data: { id: "forum" } },
      { ruleId: rule, messageId: "idle", line: 32, column: 9, data: { id: "chat" } },
    ],
  },
  {
    name: "a target measured on the forum and a series on the chat",
    plan:
      edit(withChat, ["    deadline: 2027-03-31\n", "    deadline: 2027-03-31\n    channel: forum\n"]) +
      'content:\n  series:\n    - id: s\n      title: S\n      channel: chat\n      format: discussion\n      cadence: { every: week, weekdays: [tue] }\n      localTime: "10:00"\n',
    expected: [],
  },
  {
    name: "an event counts, and a contest or a tactic that names the channel counts",
    plan:
      withChat +
      'content:\n  events:\n    - id: e\n      title: E\n      date: 2027-03-03\n      localTime: "10:00"\n      channel: forum\n      format: ama\n' +
      "engagement:\n  tactics:\n    - id: welcome\n      name: Welcome\n      channels: [chat]\n",
    expected: [],
  },
  {
    name: "a contest's channels count",
    plan:
      edit(withChat, ["    deadline: 2027-03-31\n", "    deadline: 2027-03-31\n    channel: forum\n"]) +
      "engagement:\n  contests:\n    - id: c\n      title: C\n      start: 2027-05-01\n      end: 2027-05-20\n      prize: A mug\n      rules: https://example.org/rules\n      jurisdictions: [NL]\n      legalReview: Legal, 2027-04-01\n      channels: [chat]\n",
    expected: [],
  },
]);
