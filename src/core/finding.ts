// What a check reports, in the words every layer shares: plan reading, rules, lint and outputs.

export type Severity = "error" | "warning";

/** A path into the plan, e.g. `["targets", 2, "deadline"]`. */
export type PlanPath = ReadonlyArray<string | number>;

/**
 * One sure correction. `from`/`to`: the finding's node (or key) holds `from` and should hold
 * `to`; lint places it and keeps the quoting. `range`/`text`: put `text` at these source offsets.
 */
export type Fix = { from: string; to: string } | { range: readonly [number, number]; text: string };

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
  /** Other places in the source that explain the finding (where an unclosed string ends). */
  related?: ReadonlyArray<{ range: readonly [number, number]; message: string }>;
  /** Overrides the rule's default severity (a rule may report both warnings and errors). */
  severity?: Severity;
  /** Set only when there is exactly one right correction, so `lint --fix` may apply it unasked. */
  fix?: Fix;
}
