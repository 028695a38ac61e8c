import type { Rule } from "../../rules/define-rule.js";
import type { Severity } from "../../core/finding.js";
import { artifactUri } from "./relative-path.js";
import type { Formatter } from "./types.js";

const level = (severity: Severity) => (severity === "error" ? "error" : "warning");

function ruleDescriptor(rule: Rule) {
  const { description, why, failing, fixed } = rule.docs;
  return {
    id: rule.id,
    shortDescription: { text: description },
    fullDescription: { text: why },
    help: {
      text: `${description}\n\n${why}\n\nFails:\n${failing}\nPasses:\n${fixed}`,
      markdown: `${description}\n\n${why}\n\nFails:\n\n\`\`\`yaml\n${failing}\`\`\`\n\nPasses:\n\n\`\`\`yaml\n${fixed}\`\`\`\n`,
    },
    defaultConfiguration: { level: level(rule.defaultSeverity) },
    properties: { tags: [rule.kind] },
  };
}

/**
 * SARIF 2.1.0 as GitHub code scanning reads it: one run, the driver lists every rule, and each
 * result points at a file relative to the working directory with 1-based UTF-16 columns.
 */
const sarif: Formatter = (results, context) => {
  const ruleIndex = new Map(context.rules.map((rule, index) => [rule.id, index]));
  const log = {
    $schema: "https://json.schemastore.org/sarif-2.1.0.json",
    version: "2.1.0",
    runs: [
      {
        tool: {
          driver: {
            name: "community-plan",
            ...(context.toolVersion ? { version: context.toolVersion } : {}),
            rules: context.rules.map(ruleDescriptor),
          },
        },
        columnKind: "utf16CodeUnits",
        results: results.flatMap((result) =>
          result.diagnostics.map((d) => ({
            ruleId: d.ruleId,
            ...(ruleIndex.has(d.ruleId) ? { ruleIndex: ruleIndex.get(d.ruleId) } : {}),
            level: level(d.severity),
            message: { text: d.message },
            locations: [
              {
                physicalLocation: {
                  artifactLocation: { uri: artifactUri(result.file, context.cwd) },
                  region: { startLine: d.line, startColumn: d.column, endLine: d.endLine, endColumn: d.endColumn },
                },
              },
            ],
            ...(d.related
              ? {
                  relatedLocations: d.related.map((r, id) => ({
                    id,
                    message: { text: r.message },
                    physicalLocation: {
                      artifactLocation: { uri: artifactUri(result.file, context.cwd) },
                      region: { startLine: r.line, startColumn: r.column, endLine: r.endLine, endColumn: r.endColumn },
                    },
                  })),
                }
              : {}),
          })),
        ),
      },
    ],
  };
  return `${JSON.stringify(log, null, 2)}\n`;
};

export default sarif;
