import { relativePath } from "./relative-path.js";
import type { Formatter } from "./types.js";

// Escaping as GitHub's own toolkit does it: the message may not contain raw newlines or %, and
// property values additionally not `:` or `,`, which separate properties.
const escapeData = (text: string) => text.replace(/%/g, "%25").replace(/\r/g, "%0D").replace(/\n/g, "%0A");
const escapeProperty = (text: string) => escapeData(text).replace(/:/g, "%3A").replace(/,/g, "%2C");

/** GitHub Actions workflow commands: each finding becomes an annotation on the pull request. */
const github: Formatter = (results, context) => {
  const lines: string[] = [];
  for (const result of results) {
    const file = escapeProperty(relativePath(result.file, context.cwd));
    for (const d of result.diagnostics) {
      const properties = [
        `file=${file}`,
        `line=${d.line}`,
        `col=${d.column}`,
        `endLine=${d.endLine}`,
        `endColumn=${d.endColumn}`,
        `title=${escapeProperty(d.ruleId)}`,
      ].join(",");
      lines.push(`::${d.severity} ${properties}::${escapeData(d.message)}`);
    }
  }
  return lines.length > 0 ? `${lines.join("\n")}\n` : "";
};

export default github;
