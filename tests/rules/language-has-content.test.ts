import { minimalPlan as plan } from "../helpers/plans.js";
import { edit, testRule } from "../helpers/rule-cases.js";

const rule = "language-has-content";
const series = (languages?: string) =>
  'content:\n  series:\n    - id: tip\n      title: Tip\n      channel: forum\n      format: article\n      cadence: { every: week, weekdays: [tue] }\n      localTime: "10:00"\n' +
  (languages === undefined ? "" : `      languages: [${languages}]\n`);
const event = (languages: string) =>
  `  events:\n    - id: meet\n      title: Meet\n      date: 2027-03-03\n      localTime: "10:00"\n      channel: forum\n      format: article\n      languages: [${languages}]\n`;
// Guidelines and moderators in Japanese are other rules' business; switch those off here.
const bilingual =
  edit(plan, ["  languages: [en]\n  team:", "  languages: [en, ja]\n  team:"]) + "lint:\n  rules:\n    guidelines-languages: off\n    moderator-languages: off\n    document-language: off\n";

testRule(rule, [
  { name: "a plan without series or events is not judged", plan: bilingual, expected: [] },
  { name: "a series without languages runs in all of them", plan: bilingual + series(), expected: [] },
  {
    name: "Japanese in the community's languages, but every series is in English: at the language",
    plan: bilingual + series("en"),
    expected: [{ ruleId: rule, messageId: "empty", line: 7, column: 19, data: { language: "ja" } }],
  },
  { name: "an event in Japanese counts", plan: bilingual + series("en") + event("ja"), expected: [] },
  { name: "a regional form counts for the language", plan: bilingual + series("en, ja-JP"), expected: [] },
]);
