// Diagnostics are what lint makes of findings (core/finding.ts): worded and placed in the file.
import type { Severity } from "../core/finding.js";

export interface Diagnostic {
  ruleId: string;
  messageId: string;
  severity: Severity;
  message: string;
  /** 1-based. */
  line: number;
  /** 1-based, in UTF-16 code units like editors and the LSP. */
  column: number;
  endLine: number;
  endColumn: number;
  /** JSON pointer of the node, `""` for the whole file. */
  path: string;
  /** The values the message was worded from (the finding's data). */
  data?: Record<string, string | number>;
  /** Other places that explain the finding, 1-based like line and column. */
  related?: Array<{ line: number; column: number; endLine: number; endColumn: number; message: string }>;
  /** The one sure correction, as a text edit: replace these source offsets with `text`. */
  fix?: { range: readonly [number, number]; text: string };
  /** Set when the rule offers a concrete fix worth showing. */
  suggestion?: string;
}

export interface LintResult {
  file: string;
  diagnostics: Diagnostic[];
  /** The text that was linted, for code frames. */
  source: string;
}

export function countBySeverity(results: readonly LintResult[]): { errors: number; warnings: number } {
  let errors = 0;
  let warnings = 0;
  for (const result of results) {
    for (const d of result.diagnostics) {
      if (d.severity === "error") errors++;
      else warnings++;
    }
  }
  return { errors, warnings };
}
