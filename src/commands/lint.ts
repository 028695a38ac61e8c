import path from "node:path";
import { ExitCode, formatKnownError, InputError, UsageError } from "../core/errors.js";
import { formatterNames, isLintFormat, loadFormatter } from "../outputs/lint/index.js";
import type { Formatter, FormatterContext } from "../outputs/lint/types.js";
import type { Io } from "../io/streams.js";
import { useColor } from "../io/streams.js";
import { loadColors, noColors } from "../outputs/colors.js";
import { decideExit } from "../lint/exit-policy.js";
import { lintFiles, STDIN, type LintFilesOutcome } from "../lint/lint-files.js";
import { countBySeverity, type LintResult } from "../lint/types.js";
import type { LintConfig, SeveritySetting } from "../plan/types.js";
import { ruleIds, rules } from "../rules/index.js";
import { closest } from "../util/closest.js";
import { packageVersion } from "../io/package-files.js";
import { refuseInputsAsOutputs } from "../io/output-guard.js";

export interface LintCommandOptions {
  patterns: string[];
  format: string;
  /** Write the main format here instead of stdout. */
  outputFile?: string;
  /** Extra outputs, written beside the main one. */
  reports?: Array<{ format: string; file: string }>;
  today?: string;
  maxBytes?: number;
  maxAliases?: number;
  rules?: Record<string, SeveritySetting>;
  maxWarnings?: number;
  failOn?: "error" | "warning";
  quiet?: boolean;
  reportUnusedDisables?: boolean;
  /** --stdin-filename: the name of the plan read from `-`. */
  stdinFilename?: string;
  /** --config: one settings file for every plan. */
  config?: string;
  /** Apply the sure fixes to the plan files. */
  fix?: boolean;
  /** Print the sure fixes as a diff; change nothing. */
  fixDryRun?: boolean;
}

async function formatter(name: string): Promise<Formatter> {
  if (!isLintFormat(name)) throw new UsageError("E_FORMAT", `unknown format "${name}"`, `use one of: ${formatterNames.join(", ")}`);
  return loadFormatter(name);
}

function checkRuleIds(settings: Record<string, SeveritySetting>): void {
  for (const id of Object.keys(settings)) {
    if (ruleIds.has(id)) continue;
    const suggestion = closest(id, ruleIds);
    throw new UsageError("E_UNKNOWN_RULE", `unknown rule "${id}" in --rule`, suggestion ? `did you mean "${suggestion}"? 'community-plan rules' lists them` : "'community-plan rules' lists them");
  }
}

/** A person at a terminal hears that a clean run was clean; CI logs and pipes stay silent. */
function saysClean(io: Io): boolean {
  const ci = io.env.CI;
  return (ci === undefined || ci === "" || ci === "false" || ci === "0") && io.stdout.isTTY === true;
}

function cleanLine(plans: number): string {
  return `✔ ${plans} ${plans === 1 ? "plan" : "plans"}, no problems\n`;
}

/** --quiet: errors only, in every output. */
function errorsOnly(results: readonly LintResult[]): LintResult[] {
  return results.map((result) => ({ ...result, diagnostics: result.diagnostics.filter((d) => d.severity === "error") }));
}

async function write(file: string, text: string, cwd: string): Promise<void> {
  try {
    // Loaded only when a report file is asked for: most runs print and never write.
    const { writeFileAtomic } = await import("../io/atomic-write.js");
    await writeFileAtomic(path.resolve(cwd, file), text);
  } catch (error) {
    throw error instanceof InputError ? error.withFile(file) : error;
  }
}

/** Lints the files, writes the reports, and returns the exit code. */
export async function lintCommand(options: LintCommandOptions, io: Io): Promise<number> {
  checkRuleIds(options.rules ?? {});
  if (options.patterns.length === 0) throw new UsageError("E_NO_FILES", "name the plan files to lint", "community-plan lint community-plan.yaml, or - to read one from standard input");
  if (options.stdinFilename !== undefined && !options.patterns.includes(STDIN)) {
    throw new UsageError("E_STDIN_FILENAME", "--stdin-filename names the plan read from standard input, but no - is given", "community-plan lint - --stdin-filename plans/oslo.yaml < plans/oslo.yaml");
  }
  const main = await formatter(options.format);
  const reports = await Promise.all((options.reports ?? []).map(async (r) => ({ ...r, formatter: await formatter(r.format) })));
  if (options.fix && options.patterns.includes(STDIN)) {
    throw new UsageError("E_FIX_STDIN", "--fix cannot write a plan read from standard input", "use --fix-dry-run to see the fixes as a diff");
  }
  const linted = await lintFiles(options.patterns, {
    cwd: io.cwd,
    today: options.today,
    maxBytes: options.maxBytes,
    maxAliases: options.maxAliases,
    rules: options.rules,
    reportUnusedDisables: options.reportUnusedDisables,
    configFile: options.config,
    stdin: io.readStdin ? { read: io.readStdin, filename: options.stdinFilename } : undefined,
  });
  const { failures } = linted;
  const results = options.fix || options.fixDryRun ? await fixPlans(linted, options, io) : linted.results;
  // Every output is checked before the first is written, so a refusal leaves none half done.
  const outputs = [options.outputFile, ...reports.map((report) => report.file)].filter((file) => file !== undefined);
  refuseInputsAsOutputs(outputs.map((file) => path.resolve(io.cwd, file)));
  const shown = options.quiet ? errorsOnly(results) : results;
  const context: FormatterContext = { cwd: io.cwd, colors: noColors, rules, toolVersion: packageVersion() };
  if (options.outputFile) await write(options.outputFile, main(shown, context), io.cwd);
  else {
    // Colour is for findings, and decided only when there are some: a clean run never sets up stdout.
    const colors = await loadColors(shown.some((result) => result.diagnostics.length > 0) && useColor(io.stdout, io.env));
    const text = main(shown, { ...context, colors });
    if (text !== "") io.stdout.write(text);
    else if (options.format === "stylish" && failures.length === 0 && results.every((r) => r.diagnostics.length === 0) && saysClean(io)) io.stdout.write(cleanLine(shown.length));
  }
  for (const report of reports) await write(report.file, report.formatter(shown, context), io.cwd);
  for (const failure of failures) io.stderr.write(formatKnownError(failure));
  if (failures.length > 0) return ExitCode.usage;
  const decision = decideExit(countBySeverity(results), { failOn: options.failOn ?? "error", maxWarnings: options.maxWarnings });
  if (decision.reason) io.stderr.write(`community-plan: failing: ${decision.reason}\n`);
  return decision.code;
}

/** Applies (--fix) or prints (--fix-dry-run) the sure fixes; returns what is left to report. */
async function fixPlans(linted: LintFilesOutcome, options: LintCommandOptions, io: Io): Promise<LintResult[]> {
  const { fixText, writeFixed } = await import("../lint/fix-plans.js");
  const lintOptions = { today: options.today, rules: options.rules, maxAliases: options.maxAliases, reportUnusedDisables: options.reportUnusedDisables };
  const left: LintResult[] = [];
  for (const result of linted.results) {
    const origin = linted.origins.get(result)!;
    const fixed = await fixText(result, origin.shared, lintOptions);
    let kept = fixed.result;
    let refused = fixed.refused;
    if (fixed.diff !== "") {
      if (options.fixDryRun) io.stdout.write(fixed.diff);
      else {
        refused = await writeFixed(path.resolve(io.cwd, origin.file), result.source, fixed.result.source);
        if (refused !== undefined) kept = result;
      }
    }
    if (refused !== undefined) io.stderr.write(`community-plan: not fixed: ${result.file}: ${refused}\n`);
    left.push(kept);
  }
  return left;
}

/** `--print-config <plan>`: what applies to that plan, as YAML on stdout. */
export async function printConfigCommand(plan: string, options: Pick<LintCommandOptions, "rules" | "config">, io: Io): Promise<number> {
  checkRuleIds(options.rules ?? {});
  const { appliedSettings, settingsYaml } = await import("../lint/print-config.js");
  const { settingsFor } = await import("../lint/lint-files.js");
  const { SettingsFinder } = await import("../lint/shared-settings.js");
  const { readPlanFile } = await import("../plan/read-plan-file.js");
  const { parsePlan } = await import("../plan/parse-plan.js");
  let text: string;
  try {
    text = await readPlanFile(path.resolve(io.cwd, plan));
  } catch (error) {
    throw error instanceof InputError ? error.withFile(plan) : error;
  }
  const shared = await settingsFor(plan, { cwd: io.cwd, configFile: options.config }, new SettingsFinder(ruleIds));
  const data = (await parsePlan(text, { file: plan })).data;
  const own = isRecord(data) && isRecord(data.lint) ? (data.lint as LintConfig) : undefined;
  const sources = ["defaults"];
  if (shared) sources.push(path.relative(io.cwd, shared.file) || shared.file);
  if (own) sources.push(`${plan} lint:`);
  if (options.rules && Object.keys(options.rules).length > 0) sources.push("--rule");
  io.stdout.write(settingsYaml(appliedSettings(rules, own, { shared: shared?.config, rules: options.rules }, sources)));
  return ExitCode.ok;
}

function isRecord(value: unknown): value is Record<string, unknown> {
  return typeof value === "object" && value !== null && !Array.isArray(value);
}
