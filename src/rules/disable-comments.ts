import type { CoreMessageId } from "../core/core-findings.js";
import { defineRule } from "./define-rule.js";

export default defineRule<CoreMessageId<"disable-comments">>({
  id: "disable-comments",
  kind: "core",
  defaultSeverity: "error",
  docs: {
    description: "Disable comments (`# community-plan-disable-next-line`, `-disable-line`, or a `-disable` … `-enable` block, each `<rule-id> -- <reason>`) must name known rules and give a reason.",
    why: "A suppression is a decision someone made about the strategy; the reason tells the next reader why, so it can be revisited. A comment that names an unknown rule or gives no reason suppresses nothing, so a typo cannot hide a finding by accident. With --report-unused-disables, comments that no longer suppress anything are reported too, so stale ones get cleaned up.",
    failing: "targets:\n  # community-plan-disable-next-line smart-targets\n  - id: comments\n    goal: engagement\n    metric: comments-per-post\n    baseline: 2\n    change: \"+15%\"\n    unit: comments\n",
    fixed: "targets:\n  # community-plan-disable-next-line smart-targets -- the deadline follows the board's decision in March\n  - id: comments\n    goal: engagement\n    metric: comments-per-post\n    baseline: 2\n    change: \"+15%\"\n    unit: comments\n",
  },
  messages: {
    unknownDirective: 'Unknown comment directive "{{directive}}"; use community-plan-disable-next-line, community-plan-disable-line, or community-plan-disable … community-plan-enable.',
    noRules: "Name the rule to disable: # community-plan-disable-next-line <rule-id> -- <reason>.",
    missingReason: "Give a reason after ` -- `: # community-plan-disable-next-line <rule-id> -- <reason>.",
    unknownRule: 'There is no rule "{{id}}" to disable.{{suggestion}}',
    unused: 'This comment disables "{{id}}", but it reports nothing on the lines it covers.',
  },
});
