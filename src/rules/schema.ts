import type { CoreMessageId } from "../core/core-findings.js";
import { defineRule } from "./define-rule.js";

export default defineRule<CoreMessageId<"schema">>({
  id: "schema",
  kind: "core",
  defaultSeverity: "error",
  docs: {
    description: "The plan must have the shape the JSON Schema describes.",
    why: "Every other rule, the renderer and the calendar rely on the plan's structure. Misspelt keys, missing sections and values of the wrong kind are reported at the exact place, before any strategy rule runs.",
    failing: "targets:\n  - id: more-comments\n    goal: engagement\n    metric: comments-per-post\n    baseline: 2\n    change: \"+15%\"\n    unit: comments\n    deadlin: 2027-03-31\n",
    fixed: "targets:\n  - id: more-comments\n    goal: engagement\n    metric: comments-per-post\n    baseline: 2\n    change: \"+15%\"\n    unit: comments\n    deadline: 2027-03-31\n",
  },
  messages: {
    unknownKey: 'Unknown key "{{key}}" in {{where}}.{{suggestion}}',
    missingKey: '{{where}} is missing "{{key}}".',
    wrongType: "{{where}} must be {{expected}}.",
    badFormat: "{{where}} must be {{format}} like {{example}}.",
    languageName: '{{where}} must be a language tag: write "{{tag}}" for {{language}}.',
    zoneName: '{{where}} must be a time zone: for "{{name}}" write {{zones}}.',
    notInList: "{{where}} must be one of: {{allowed}}.{{suggestion}}",
    exactValue: "{{where}} must be {{value}}.",
    tooFew: "{{where}} needs at least {{min}} {{noun}}.",
    tooMany: "{{where}} has more than {{max}} {{noun}}.",
    empty: "{{where}} must not be empty.",
    duplicateItem: '{{where}} lists "{{value}}" more than once.',
    outOfRange: "{{where}} must be {{comparison}} {{limit}}.",
    targetOrChange: 'Give either "target" or "change" in {{where}}, not both.',
    monthlyCadence: '{{where}}: a monthly cadence needs either "day", or "nth" and "weekday".',
    localizedText: "{{where}} must be text, or a map from language tag to text.",
    invalid: "{{where}} is not valid here ({{detail}}).",
    truncated: "{{count}} more schema problems are not shown; fix these first.",
  },
});
