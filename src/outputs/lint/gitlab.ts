import { createHash } from "node:crypto";
import { relativePath } from "./relative-path.js";
import type { Formatter } from "./types.js";

/**
 * GitLab Code Quality JSON: the merge request shows each finding on its line. The fingerprint
 * leaves out the line, so a finding keeps its identity when lines above it move and GitLab does
 * not report it as fixed and new again; repeats of the same finding are told apart by count.
 */
const gitlab: Formatter = (results, context) => {
  const issues: object[] = [];
  for (const result of results) {
    const file = relativePath(result.file, context.cwd);
    const seen = new Map<string, number>();
    for (const d of result.diagnostics) {
      const identity = [file, d.ruleId, d.messageId, d.path, d.message].join("\u0000");
      const count = (seen.get(identity) ?? 0) + 1;
      seen.set(identity, count);
      issues.push({
        description: d.message,
        check_name: d.ruleId,
        fingerprint: createHash("md5").update(`${identity}\u0000${count}`).digest("hex"),
        severity: d.severity === "error" ? "major" : "minor",
        location: { path: file, lines: { begin: d.line } },
      });
    }
  }
  return `${JSON.stringify(issues, null, 2)}\n`;
};

export default gitlab;
