import { minimalPlan as plan } from "../helpers/plans.js";
import { edit, testRule } from "../helpers/rule-cases.js";

const rule = "persona-reached";
const lurker = "  - id: lurker\n    name: Lurker\n    languages: [en]\n    timeZones: [Europe/Amsterdam]\n    communication: async\n    preferredPlatforms: [reddit]\n";

testRule(rule, [
  { name: "the persona is in the audience of a channel it prefers", plan, expected: [] },
  {
    name: "a persona no channel serves, at its id",
    plan: edit(plan, ["channels:\n", `${lurker}channels:\n`]),
    expected: [{ ruleId: rule, messageId: "unreached", line: 25, column: 9, data: { id: "lurker" } }],
  },
  {
    name: "served only on a platform it does not prefer",
    plan: edit(plan, ["    preferredPlatforms: [discourse]", "    preferredPlatforms: [reddit, discord]"]),
    expected: [{ ruleId: rule, messageId: "notPreferred", line: 19, column: 9, data: { id: "member", channels: "forum (discourse)", preferred: "reddit, discord" } }],
  },
  {
    name: "a preference may name the channel's kind",
    plan: edit(plan, ["    preferredPlatforms: [discourse]", "    preferredPlatforms: [forum]"]),
    expected: [],
  },
  {
    name: "a preference may name the channel's id, in any case",
    plan: edit(plan, ["    preferredPlatforms: [discourse]", "    preferredPlatforms: [Forum]"]),
    expected: [],
  },
  {
    name: "a persona without preferences only needs a channel",
    plan: edit(plan, ["    preferredPlatforms: [discourse]\n", ""]),
    expected: [],
  },
  {
    name: "a preferred channel that does not list the persona does not count",
    plan: edit(plan, ["    audience: [member]\n", ""]),
    expected: [{ ruleId: rule, messageId: "unreached", line: 19, column: 9, data: { id: "member" } }],
  },
  {
    name: "a Japanese-only persona on an English-only channel is not reached, at its languages",
    plan: edit(plan, ["    languages: [en]\n    timeZones:", "    languages: [ja]\n    timeZones:"]),
    expected: [{ ruleId: rule, messageId: "wrongLanguage", line: 21, column: 16, data: { id: "member", languages: "ja", channels: "forum" } }],
  },
  {
    name: "a channel without languages runs in the community's, and a regional form counts",
    plan: edit(plan, ["    languages: [en]\n    timeZones:", "    languages: [en-GB]\n    timeZones:"], ["    audience: [member]\n    languages: [en]\n", "    audience: [member]\n"]),
    expected: [],
  },
]);
