import type { CoreMessageId } from "../core/core-findings.js";
import { defineRule } from "./define-rule.js";

export default defineRule<CoreMessageId<"duplicate-key">>({
  id: "duplicate-key",
  kind: "core",
  defaultSeverity: "error",
  docs: {
    description: "A key may appear only once in the same mapping.",
    why: "With a repeated key, one of the two values is silently lost, and which one depends on the tool reading the file. The plan you review would not be the plan that runs.",
    failing: "review:\n  cadence: monthly\n  cadence: weekly\n  feedback: [survey]\n  qualitativeSignals: [member-feedback]\n",
    fixed: "review:\n  cadence: weekly\n  feedback: [survey]\n  qualitativeSignals: [member-feedback]\n",
  },
  messages: {
    duplicate: 'The key "{{key}}" appears more than once here; only one value can count.',
  },
});
