import { defineRule } from "./define-rule.js";
import { timeZoneFields } from "../strategy/plan-fields.js";
import { isTimeZone, knownTimeZoneNames } from "../time/zone-names.js";
import { soleMatcher, typoMatcher } from "../util/closest.js";
import { zonesByName } from "../util/name-table.js";

const quoted = (zone: string | undefined) => (zone === undefined ? undefined : `"${zone}"`);

export default defineRule({
  id: "valid-time-zones",
  kind: "strategy",
  defaultSeverity: "error",
  docs: {
    description: "Time zones must be IANA names the runtime knows, such as Europe/Amsterdam, Asia/Kolkata or UTC.",
    why: "Every live session, moderator shift and calendar entry is placed in time through its zone. A misspelt zone cannot be converted, so a session's local time for members and the moderators' coverage are guesses. Abbreviations like CET or EST are ambiguous and ignore daylight saving: use the city name.",
    failing: "community:\n  name: Test community\n  purpose: A plan for tests.\n  kind: owned\n  timeZone: Europe/Amsterdm\n  languages: [en]\n  team:\n    people: 1\n    hoursPerWeek: 20\n",
    fixed: "community:\n  name: Test community\n  purpose: A plan for tests.\n  kind: owned\n  timeZone: Europe/Amsterdam\n  languages: [en]\n  team:\n    people: 1\n    hoursPerWeek: 20\n",
  },
  messages: {
    unknown: 'Unknown time zone "{{zone}}".{{suggestion}}',
  },
  check({ plan, report }) {
    let suggest: ((zone: string) => string | undefined) | undefined;
    let sole: typeof suggest;
    for (const { path, value } of timeZoneFields(plan)) {
      if (isTimeZone(value)) continue;
      // A city or country written where its zone belongs ("Oslo"): the table knows which zone.
      const named = zonesByName(value);
      const match = named.length > 0 ? named.map((zone) => `"${zone}"`).join(" or ") : quoted((suggest ??= typoMatcher(knownTimeZoneNames()))(value));
      const sure = named.length === 1 ? named[0] : named.length > 1 || match === undefined ? undefined : (sole ??= soleMatcher(knownTimeZoneNames()))(value);
      report({ messageId: "unknown", path, data: { zone: value, suggestion: match ? ` Did you mean ${match}?` : "" }, ...(sure ? { fix: { from: value, to: sure } } : {}) });
    }
  },
});
