import type { Rule } from "../../rules/define-rule.js";
import type { LintResult } from "../../lint/types.js";
import type { Colors } from "../colors.js";

export interface FormatterContext {
  /** Paths in the output are relative to this directory. */
  cwd: string;
  /** The styles to print with: noColors unless the CLI decided on colour (NO_COLOR/FORCE_COLOR/TTY). */
  colors: Colors;
  /** Every registered rule, for formats that describe the tool's rules (SARIF). */
  rules: readonly Rule[];
  /** The tool's version, for formats that record it (SARIF). */
  toolVersion?: string;
}

/** A formatter is a pure function from results to the text to print. */
export type Formatter = (results: readonly LintResult[], context: FormatterContext) => string;
