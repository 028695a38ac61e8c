// ` #` starts a YAML comment, so `description: Ask in #help first` silently becomes "Ask in".
// A comment that follows plain text on its line and does not start with a space is almost
// always such a cut: people write `# note`, but `#help`, `#1` or `#bug-reports` are text.
import type { CoreRuleId } from "../core/core-findings.js";
import type { Finding } from "../core/finding.js";
import type { SourceComment } from "../plan/cst-comments.js";

export const CUT_RULE = "comment-cuts-text" satisfies CoreRuleId;

/** Whether the text can hold such a comment at all: when not, its comments need not be collected. */
export function mayCutText(text: string): boolean {
  return /[^\s:\-[{,]\s+#[^\s#]/.test(text);
}

// After these the value ended before the comment (a key, a list dash, a quote, a closed flow collection).
const ENDS_A_VALUE = /[:\-"'\]}|>]$/;

export function cutTextFindings(text: string, comments: readonly SourceComment[]): Finding[] {
  if (!mayCutText(text)) return [];
  const findings: Finding[] = [];
  for (const { offset, source } of comments) {
    if (source.length < 2 || /\s|#/.test(source[1]!)) continue;
    const lineStart = text.lastIndexOf("\n", offset - 1) + 1;
    const before = text.slice(lineStart, offset);
    if (!/\s$/.test(before)) continue;
    const written = before.trimEnd();
    if (written.trim() === "" || ENDS_A_VALUE.test(written)) continue;
    findings.push({ ruleId: CUT_RULE, messageId: "cutText", data: { comment: source.split(/\s/)[0]! }, path: [], range: [offset, offset + source.length] });
  }
  return findings;
}
