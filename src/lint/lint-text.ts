import { formatMessage, runRule, type RuleOptions } from "../rules/define-rule.js";
import type { Finding, Fix, Severity } from "../core/finding.js";
import type { Diagnostic, LintResult } from "./types.js";
import { toPointer } from "../plan/json-pointer.js";
import { toSourceRange, type LinePositions } from "../plan/line-positions.js";
import type { Locate } from "../plan/locate.js";
import { parsePlan } from "../plan/parse-plan.js";
import type { LintConfig, Plan, SeveritySetting } from "../plan/types.js";
import { validateShape } from "../plan/validate-shape.js";
import { ruleById, ruleIds, rules } from "../rules/index.js";
import { applyDirectives, mayHaveDirectives, scanDirectives, unusedDirectiveFindings } from "./disable-comments.js";
import { todayIso } from "../time/dates.js";
import { CUT_RULE, cutTextFindings, mayCutText } from "./comment-cuts.js";
import { compareStrings } from "../util/compare.js";

import { DEFAULT_REASONABLE_HOURS } from "../time/reasonable-hours.js";
export { DEFAULT_REASONABLE_HOURS };

export interface LintOptions {
  /** YYYY-MM-DD; the machine's date when left out. */
  today?: string;
  /** Severity overrides from the command line; they win over the plan's own `lint.rules`. */
  rules?: Readonly<Record<string, SeveritySetting>>;
  /** Shared settings (community-plan.config.yaml): the plan's own `lint:` block wins over them. */
  shared?: LintConfig;
  maxAliases?: number;
  /** Report `community-plan-disable-next-line` comments that suppress nothing. */
  reportUnusedDisables?: boolean;
}

/**
 * Lints one plan's text: YAML syntax first, then the schema, then (only for a well-formed plan)
 * the strategy rules. Throws InputError only when the text cannot be a plan at all.
 */
export async function lintText(text: string, file: string, options: LintOptions = {}): Promise<LintResult> {
  return (await lintPlanText(text, file, options)).result;
}

/** lintText, plus the typed plan when it passed the schema, so commands that build something
 *  from the plan do not parse and validate it a second time. */
export async function lintPlanText(text: string, file: string, options: LintOptions = {}): Promise<{ result: LintResult; plan?: Plan }> {
  const parsed = await parsePlan(text, { file, maxAliases: options.maxAliases, comments: mayHaveDirectives(text) || mayCutText(text) });
  const findings: Finding[] = [...parsed.findings];
  let plan: Plan | undefined;
  if (parsed.data !== undefined) {
    const shape = validateShape(parsed.data);
    findings.push(...shape.findings);
    plan = shape.plan;
  }
  const severities = effectiveSeverities(plan?.lint, options);
  if (plan) {
    const ruleOptions: RuleOptions = {
      today: options.today ?? todayIso(),
      reasonableHours: effectiveReasonableHours(plan.lint, options.shared),
      ruleIds,
    };
    for (const rule of rules) {
      if (rule.kind !== "strategy" || severities[rule.id] === "off") continue;
      // One by one: push(...findings) overflows the call stack past about 100,000 of them.
      for (const finding of runRule(rule, plan, ruleOptions)) findings.push(finding);
    }
  }
  if (severities[CUT_RULE] !== "off") for (const finding of cutTextFindings(text, parsed.comments)) findings.push(finding);
  const scan = scanDirectives(text, parsed.comments, parsed.lineCounter, ruleIds);
  for (const finding of scan.findings) findings.push(finding);
  // Loading yaml to locate findings is for runs that have some to locate; a directive's finding
  // comes with its range.
  const locate = findings.some((finding) => !finding.range) ? await parsed.locate() : unlocated;
  const diagnostics = applyDirectives(toDiagnostics(text, findings, parsed.lineCounter, locate, severities), scan.directives);
  // Only a plan the strategy rules ran over can tell which comments suppress nothing.
  if (options.reportUnusedDisables && plan) {
    for (const unused of toDiagnostics(text, unusedDirectiveFindings(scan.directives), parsed.lineCounter, locate, severities)) diagnostics.push(unused);
  }
  return { result: { file, source: text, diagnostics: diagnostics.sort(byPosition) }, plan };
}

/** Weakest first: defaults < shared settings < the plan's `lint:` block < `--rule`. */
export function effectiveSeverities(own: LintConfig | undefined, options: LintOptions): Record<string, SeveritySetting> {
  return { ...options.shared?.rules, ...own?.rules, ...options.rules };
}

export function effectiveReasonableHours(own: LintConfig | undefined, shared: LintConfig | undefined): { start: string; end: string } {
  return own?.reasonableHours ?? shared?.reasonableHours ?? DEFAULT_REASONABLE_HOURS;
}

/**
 * A fix as a text edit. A value fix applies only where the source holds exactly the old value,
 * plain or quoted (quoting kept), so a finding located somewhere else never edits the wrong text.
 */
function textEdit(text: string, fix: Fix, offsets: readonly [number, number]): Diagnostic["fix"] {
  if ("range" in fix) return { range: fix.range, text: fix.text };
  const written = text.slice(offsets[0], offsets[1]);
  if (written === fix.from) return { range: offsets, text: PLAIN_SAFE.test(fix.to) && !KEYWORD.test(fix.to) ? fix.to : JSON.stringify(fix.to) };
  if (written === JSON.stringify(fix.from)) return { range: offsets, text: JSON.stringify(fix.to) };
  if (written === `'${fix.from.replaceAll("'", "''")}'`) return { range: offsets, text: `'${fix.to.replaceAll("'", "''")}'` };
  return undefined;
}

const PLAIN_SAFE = /^[A-Za-z_][\w/+.-]*$/;
const KEYWORD = /^(true|false|null)$/i;

function byPosition(a: Diagnostic, b: Diagnostic): number {
  return a.line - b.line || a.column - b.column || compareStrings(a.ruleId, b.ruleId) || compareStrings(a.messageId, b.messageId);
}

const unlocated: Locate = () => {
  throw new Error("a finding without a range was not located");
};

function toDiagnostics(
  text: string,
  findings: readonly Finding[],
  lineCounter: LinePositions,
  locate: Locate,
  severities: Readonly<Record<string, SeveritySetting>>,
): Diagnostic[] {
  const diagnostics: Diagnostic[] = [];
  for (const finding of findings) {
    const rule = ruleById.get(finding.ruleId);
    if (!rule) throw new Error(`finding from unregistered rule "${finding.ruleId}"`);
    const setting = severities[finding.ruleId];
    if (setting === "off") continue;
    const severity: Severity =
      setting === "warn" ? "warning" : setting === "error" ? "error" : (finding.severity ?? rule.defaultSeverity);
    const template = (rule.messages)[finding.messageId];
    if (template === undefined) throw new Error(`rule "${rule.id}" has no message "${finding.messageId}"`);
    const offsets = finding.range ?? locate(finding.path, finding.at);
    diagnostics.push({
      ruleId: finding.ruleId,
      messageId: finding.messageId,
      severity,
      message: formatMessage(template, finding.data),
      ...toSourceRange(lineCounter, offsets),
      path: toPointer(finding.path),
      // Kept beside the wording so tests (and API users) can assert the facts, not the prose.
      ...(finding.data === undefined ? {} : { data: finding.data }),
      ...(finding.related ? { related: finding.related.map((r) => ({ ...toSourceRange(lineCounter, r.range), message: r.message })) } : {}),
    });
    if (finding.fix) {
      const fix = textEdit(text, finding.fix, offsets);
      if (fix) diagnostics.at(-1)!.fix = fix;
    }
  }
  return diagnostics;
}
