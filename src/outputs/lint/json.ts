import type { Formatter } from "./types.js";

/** One entry per file; positions 1-based; `path` is the JSON pointer of the node. */
const json: Formatter = (results) =>
  JSON.stringify(
    results.map((result) => ({
      file: result.file,
      diagnostics: result.diagnostics.map((d) => ({
        ruleId: d.ruleId,
        messageId: d.messageId,
        severity: d.severity,
        message: d.message,
        line: d.line,
        column: d.column,
        endLine: d.endLine,
        endColumn: d.endColumn,
        path: d.path,
      })),
    })),
    null,
    2,
  ) + "\n";

export default json;
