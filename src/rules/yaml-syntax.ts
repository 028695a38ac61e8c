import type { CoreMessageId } from "../core/core-findings.js";
import { defineRule } from "./define-rule.js";

export default defineRule<CoreMessageId<"yaml-syntax">>({
  id: "yaml-syntax",
  kind: "core",
  defaultSeverity: "error",
  docs: {
    description: "The file must be valid YAML 1.2.",
    why: "A plan that does not parse cannot be checked, rendered or scheduled. Only the parse errors are reported until they are fixed, so one missing bracket does not bury the real problem under follow-on errors. Errors are reported where the mistake starts: an unclosed quote at the opening quote (with where the parser gave up as related information), a tab used for indentation at the tab, and a key written without its colon (`name Lattice`) at the key.",
    failing: "goals:\n  - id: engagement\n    title: [Grow engagement\n",
    fixed: "goals:\n  - id: engagement\n    title: Grow engagement\n",
  },
  messages: {
    syntax: "{{message}}",
    tag: "Unknown tag {{tag}}: plans are plain data, so custom tags are not allowed.",
    unclosedQuote: "The string opened here with {{quote}} is never closed: add the closing {{quote}} (the parser read on to line {{line}}).",
    tabIndent: "A tab is used for indentation here: YAML allows only spaces, so indent with spaces.",
    missingColon: "Missing ':' after the key \"{{key}}\": write \"{{key}}: …\".",
  },
});
