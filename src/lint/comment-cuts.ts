// ` #` starts a YAML comment, so `description: Ask in #help first` silently becomes "Ask in".
// A comment that follows plain text on its line and does not start with a space is almost
// always such a cut: people write `# note`, but `#help`, `#1` or `#bug-reports` are text.
import type { CoreRuleId } from "../core/core-findings.js";
import type { Finding, Fix } from "../core/finding.js";
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
    const fix = quoteFix(before, lineStart, source, offset);
    findings.push({ ruleId: CUT_RULE, messageId: "cutText", data: { comment: source.split(/\s/)[0]! }, path: [], range: [offset, offset + source.length], ...(fix ? { fix } : {}) });
  }
  return findings;
}

// `key: value`, `- value` or `- key: value` on one line, the value plain (no quote, flow, block
// scalar, anchor, alias or tag): only then is quoting the rest of the line certainly right.
const PLAIN_LINE = /^(\s*(?:-\s+)*(?:[A-Za-z0-9_][\w.-]*:\s+)?)([^\s"'[\]{}|>&*!%@`#][^]*?)(\s+)$/;

/** Quotes the value and the comment that cut it into one double-quoted value, when that is sure. */
function quoteFix(before: string, lineStart: number, comment: string, offset: number): Fix | undefined {
  const match = PLAIN_LINE.exec(before);
  if (!match) return undefined;
  const [, lead, value, gap] = match as unknown as [string, string, string, string];
  // A value that is itself `key: x` or holds ` #` elsewhere is more than one plain scalar.
  if (/:\s|\s#/.test(value)) return undefined;
  const start = lineStart + lead.length;
  return { range: [start, offset + comment.length], text: JSON.stringify(`${value}${gap}${comment}`) };
}
