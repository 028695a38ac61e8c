import type { CoreMessageId } from "../core/core-findings.js";
import { defineRule } from "./define-rule.js";

export default defineRule<CoreMessageId<"comment-cuts-text">>({
  id: "comment-cuts-text",
  kind: "core",
  defaultSeverity: "warning",
  docs: {
    description: "A `#` right after text on the same line starts a comment and cuts the text; quote the value.",
    why: "In YAML, a space followed by `#` starts a comment, so `description: Ask in #help first` is read as \"Ask in\" and the rest silently disappears from the documents and calendar. Comments are almost always written `# like this`; one that starts right after plain text without a space (`#help`, `#1`) is taken for cut text. Quote the whole value (`description: \"Ask in #help first\"`), or put a space after the `#` if it really is a comment.",
    failing: "goals:\n  - id: engagement\n    title: More conversation in #general\n    category: engagement\n",
    fixed: "goals:\n  - id: engagement\n    title: \"More conversation in #general\"\n    category: engagement\n",
  },
  messages: {
    cutText: 'The text stops before "{{comment}}": a space and `#` start a YAML comment. Quote the whole value to keep it, or write `# ` if it is a comment.',
  },
});
