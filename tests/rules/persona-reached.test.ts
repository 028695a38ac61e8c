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
]);
