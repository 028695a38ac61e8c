// The findings made before any rule runs: by the YAML parser, the schema and the disable-comment
// scanner. Their rule and message ids are constants here, so the code in plan/ and lint/ that
// makes them and the rule files in rules/ that word them cannot drift apart.
import type { Finding } from "./finding.js";

export const CORE_MESSAGE_IDS = {
  "yaml-syntax": ["syntax", "tag", "unclosedQuote", "tabIndent", "missingColon"],
  "duplicate-key": ["duplicate"],
  schema: [
    "unknownKey",
    "missingKey",
    "wrongType",
    "badFormat",
    "languageName",
    "zoneName",
    "notInList",
    "exactValue",
    "tooFew",
    "tooMany",
    "empty",
    "duplicateItem",
    "outOfRange",
    "targetOrChange",
    "monthlyCadence",
    "localizedText",
    "invalid",
    "truncated",
  ],
  "disable-comments": ["unknownDirective", "noRules", "missingReason", "unknownRule", "unused"],
  "comment-cuts-text": ["cutText"],
} as const;

export type CoreRuleId = keyof typeof CORE_MESSAGE_IDS;
export type CoreMessageId<R extends CoreRuleId> = (typeof CORE_MESSAGE_IDS)[R][number];

/** A finding of core rule `R`: only its own message ids type-check. */
export interface CoreFinding<R extends CoreRuleId> extends Finding {
  ruleId: R;
  messageId: CoreMessageId<R>;
}
