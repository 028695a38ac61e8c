import { ExitCode, formatKnownError, UsageError } from "../errors.js";
import { formatterNames, loadFormatter } from "../formatters/index.js";
import type { Io } from "../io.js";
import { useColor } from "../io.js";
import { lintFiles } from "../lint/lint-files.js";
import { countBySeverity } from "../lint/types.js";
import { rules } from "../rules/index.js";

export interface LintCommandOptions {
  patterns: string[];
  format: string;
  today?: string;
  maxBytes?: number;
  maxAliases?: number;
}

/** Lints the files, prints the report, and returns the exit code. */
export async function lintCommand(options: LintCommandOptions, io: Io): Promise<number> {
  const formatter = await loadFormatter(options.format);
  if (!formatter) {
    throw new UsageError("E_FORMAT", `unknown format "${options.format}"`, `use one of: ${formatterNames.join(", ")}`);
  }
  const { results, failures } = await lintFiles(options.patterns, {
    cwd: io.cwd,
    today: options.today,
    maxBytes: options.maxBytes,
    maxAliases: options.maxAliases,
  });
  io.stdout.write(formatter(results, { cwd: io.cwd, color: useColor(io.stdout, io.env), rules }));
  for (const failure of failures) {
    io.stderr.write(formatKnownError(failure));
  }
  if (failures.length > 0) return ExitCode.usage;
  return countBySeverity(results).errors > 0 ? ExitCode.findings : ExitCode.ok;
}
