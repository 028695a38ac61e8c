// The one way a command that builds something from a plan (calendar, slots, progress, render)
// loads it: lint it like `community-plan lint`, and refuse it with the findings on stderr when it
// has errors. Kept out of any one command so they all refuse with the same words and exit code.
import { ExitCode } from "../core/errors.js";
import { useColor, type Io } from "../io/streams.js";
import { loadColors } from "../outputs/colors.js";
import { loadCheckedPlan } from "../lint/load-checked-plan.js";
import type { Plan } from "../plan/types.js";
import { rules } from "../rules/index.js";

export interface LoadPlanOrReportOptions {
  today: string;
  /** The command's --force. Leave it out for a command that has none (progress): it always refuses. */
  force?: boolean;
  /** What the command would do, for the refusal: "build", "render", "measure progress". */
  verb: string;
  maxBytes?: number;
  maxAliases?: number;
}

/**
 * The typed plan, or the exit code to return (1) after writing the lint result to stderr.
 * --force goes on past lint errors, but never past a file that fails the schema.
 */
export async function loadPlanOrReport(file: string, options: LoadPlanOrReportOptions, io: Io): Promise<Plan | number> {
  const checked = await loadCheckedPlan(file, {
    cwd: io.cwd,
    today: options.today,
    maxBytes: options.maxBytes,
    maxAliases: options.maxAliases,
  });
  if (checked.errors === 0 && checked.plan) return checked.plan;
  // Loaded only for a plan with errors: the formatter brings chalk, which reads the terminal's
  // colour support (node:tty, node:os) at load time, ~2 ms of every run that never prints.
  const { default: stylish } = await import("../outputs/lint/stylish.js");
  io.stderr.write(stylish([checked.result], { cwd: io.cwd, colors: await loadColors(useColor(io.stderr, io.env)), rules }));
  if (!checked.plan) {
    io.stderr.write(`community-plan: ${file} is not a valid plan; fix the errors above first\n`);
    return ExitCode.findings;
  }
  if (options.force === undefined) {
    io.stderr.write(`community-plan: ${file} has lint errors; fix them before you ${options.verb}\n`);
    return ExitCode.findings;
  }
  if (!options.force) {
    io.stderr.write(`community-plan: ${file} has lint errors; fix them, or pass --force to ${options.verb} anyway\n`);
    return ExitCode.findings;
  }
  io.stderr.write(`community-plan: ${file} has lint errors; going on anyway because of --force\n`);
  return checked.plan;
}
