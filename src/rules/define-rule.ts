import type { Plan, Severity } from "../plan/types.js";
import type { Finding, PlanPath } from "../core/finding.js";

export interface RuleDocs {
  /** One line, shown by `community-plan rules` and in SARIF's shortDescription. */
  description: string;
  /** Why the rule matters to a community, a short paragraph. */
  why: string;
  /**
   * A plan fragment (YAML, whole top-level sections) the rule reports, and the same fragment
   * fixed. A test puts each over the tests' minimal plan, replacing the sections it names: the
   * failing one must trigger the rule and the fixed one must lint clean.
   */
  failing: string;
  fixed: string;
}

export interface RuleOptions {
  /** YYYY-MM-DD: "now" for rules about deadlines and dates. */
  today: string;
  /** Local hours in which live sessions are reasonable, "HH:MM". */
  reasonableHours: { start: string; end: string };
  /** Every registered rule id, for rules that check references to rules (`lint.rules`). */
  ruleIds: ReadonlySet<string>;
}

export interface RuleContext<M extends string> {
  readonly plan: Plan;
  readonly options: RuleOptions;
  /** A function property, not a method, so rules may take it out of the context. */
  report: (finding: {
    messageId: M;
    path: PlanPath;
    data?: Record<string, string | number>;
    at?: "key" | "value";
    severity?: Severity;
    /** Only when the correction is certain (one canonical form, one close match). */
    fix?: { from: string; to: string };
  }) => void;
}

export interface Rule<M extends string = string> {
  id: string;
  /** `core` rules come from parsing and the schema; `strategy` rules judge a well-formed plan. */
  kind: "core" | "strategy";
  defaultSeverity: Severity;
  docs: RuleDocs;
  messages: Record<M, string>;
  /** Absent for core rules, whose findings the plan loader makes. */
  check?: (context: RuleContext<M>) => void;
}

/** Typed so that `report({ messageId })` only accepts ids the rule declares. */
export function defineRule<M extends string>(rule: Rule<M>): Rule<M> {
  return rule;
}

/** Runs one strategy rule and returns its findings, tagged with its id. */
export function runRule(rule: Rule, plan: Plan, options: RuleOptions): Finding[] {
  const findings: Finding[] = [];
  rule.check?.({
    plan,
    options,
    report: (finding) => findings.push({ ...finding, ruleId: rule.id }),
  });
  return findings;
}

/** Fills `{{name}}` placeholders; an unknown placeholder is left visible rather than blank. */
export function formatMessage(template: string, data: Record<string, string | number> = {}): string {
  return template.replace(/\{\{\s*(\w+)\s*\}\}/g, (whole, name: string) =>
    name in data ? String(data[name]) : whole,
  );
}
