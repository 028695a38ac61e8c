import type { Rule } from "../../rules/define-rule.js";
import type { LintResult } from "../../lint/types.js";

export interface FormatterContext {
  /** Paths in the output are relative to this directory. */
  cwd: string;
  /** Whether to use ANSI colours (decided once, by the CLI, from NO_COLOR/FORCE_COLOR/TTY). */
  color: boolean;
  /** Every registered rule, for formats that describe the tool's rules (SARIF). */
  rules: readonly Rule[];
  /** The tool's version, for formats that record it (SARIF). */
  toolVersion?: string;
}

/** A formatter is a pure function from results to the text to print. */
export type Formatter = (results: readonly LintResult[], context: FormatterContext) => string;
