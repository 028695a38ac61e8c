import type { Severity } from "../plan/types.js";

export type { Severity };
/** A path into the plan, e.g. `["targets", 2, "deadline"]`. */
export type PlanPath = ReadonlyArray<string | number>;

/**
 * What a rule reports: data, not prose. Wording is applied when the finding becomes a
 * diagnostic, so tests assert ids and positions and messages can change freely.
 */
export interface Finding {
  ruleId: string;
  messageId: string;
  data?: Record<string, string | number>;
  /** The node the finding is about. */
  path: PlanPath;
  /** Point at the node's key (unknown or misplaced keys) rather than its value. */
  at?: "key" | "value";
  /** A source offset range, for findings that have no path (YAML syntax errors). */
  range?: readonly [number, number];
  /** Overrides the rule's default severity (a rule may report both warnings and errors). */
  severity?: Severity;
}

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
