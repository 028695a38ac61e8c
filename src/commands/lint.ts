import path from "node:path";
import { ExitCode, formatKnownError, InputError, UsageError } from "../core/errors.js";
import { formatterNames, isLintFormat, loadFormatter } from "../outputs/lint/index.js";
import type { Formatter, FormatterContext } from "../outputs/lint/types.js";
import type { Io } from "../io/streams.js";
import { useColor } from "../io/streams.js";
import { loadColors, noColors } from "../outputs/colors.js";
import { decideExit } from "../lint/exit-policy.js";
import { lintFiles } from "../lint/lint-files.js";
import { countBySeverity, type LintResult } from "../lint/types.js";
import type { SeveritySetting } from "../plan/types.js";
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
  const main = await formatter(options.format);
  const reports = await Promise.all((options.reports ?? []).map(async (r) => ({ ...r, formatter: await formatter(r.format) })));
  const { results, failures } = await lintFiles(options.patterns, {
    cwd: io.cwd,
    today: options.today,
    maxBytes: options.maxBytes,
    maxAliases: options.maxAliases,
    rules: options.rules,
    reportUnusedDisables: options.reportUnusedDisables,
  });
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
  }
  for (const report of reports) await write(report.file, report.formatter(shown, context), io.cwd);
  for (const failure of failures) io.stderr.write(formatKnownError(failure));
  if (failures.length > 0) return ExitCode.usage;
  const decision = decideExit(countBySeverity(results), { failOn: options.failOn ?? "error", maxWarnings: options.maxWarnings });
  if (decision.reason) io.stderr.write(`community-plan: failing: ${decision.reason}\n`);
  return decision.code;
}
