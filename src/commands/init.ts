// `community-plan init`: asks the questions (or takes them from --answers / --yes), writes the
// plan atomically, then lints what it wrote.
import { existsSync, statSync } from "node:fs";
import path from "node:path";
import { ExitCode, InputError, UsageError } from "../core/errors.js";
import { planToYaml } from "../init/plan-yaml.js";
import { editorHelpHint, installedSchemaFrom } from "../init/schema-link.js";
import { loadAnswers } from "../init/load-answers.js";
import { planSummary } from "../init/summary.js";
import type { Io } from "../io/streams.js";
import { useColor } from "../io/streams.js";
import { loadColors } from "../outputs/colors.js";
import { lintText } from "../lint/lint-text.js";
import { countBySeverity } from "../lint/types.js";
import { runFlowWithReview } from "../prompts/flow/review-step.js";
import type { Ask } from "../prompts/question.js";
import { answersRunner, defaultsRunner, missingRunner, unusedAnswers } from "../prompts/runners.js";
import { canonicalTimeZone } from "../prompts/time-zones.js";
import { rules } from "../rules/index.js";
import { TargetExistsError, writeFileAtomic } from "../io/atomic-write.js";
import { closest } from "../util/closest.js";
import { refuseInputsAsOutputs } from "../io/output-guard.js";
import { todayIso } from "../time/dates.js";

export interface InitCommandOptions {
  file: string;
  yes: boolean;
  answers?: string;
  today?: string;
  force: boolean;
  /** Whether stdin is a terminal a person can answer in. */
  interactive: boolean;
  /** Offered as the default home time zone; the machine's zone when left out. */
  systemTimeZone?: string;
  /** The terminal prompt runner; Inquirer unless a test injects another. */
  terminal?: () => Promise<Ask>;
}

export async function initCommand(options: InitCommandOptions, io: Io): Promise<number> {
  const target = path.resolve(io.cwd, options.file);
  const existsHint = "pass --force to replace it, or give another file name";
  // Checked before the first question, so nobody answers thirty questions for nothing.
  if (existsSync(target) && !options.force) throw new UsageError("E_EXISTS", `${options.file} already exists`, existsHint);
  if (!isDirectory(path.dirname(target))) {
    throw new UsageError("E_NO_DIRECTORY", `cannot write ${options.file}: its directory does not exist`, "create the directory first, or give another path");
  }
  if (!options.yes && !options.answers && !options.interactive) {
    throw new UsageError("E_NO_TERMINAL", "init asks questions, but stdin is not a terminal", "pass --yes to take every default, or --answers <file.yaml|json>");
  }
  const today = options.today ?? todayIso();
  const asked = new Set<string>();
  const { ask, answers, reviewer } = await chooseRunner(options, io, asked);
  // The writer checks again; here it saves the questions and the summary of a run that cannot end well.
  refuseInputsAsOutputs([target]);
  const plan = await runFlowWithReview(ask, reviewer, { today, systemTimeZone: options.systemTimeZone ?? machineTimeZone(io.env.TZ) });
  if (answers) refuseUnused(answers, asked, options.answers!);
  const schemaPath = installedSchemaFrom(path.dirname(target));
  const text = planToYaml(plan, { today, schemaPath });

  io.stderr.write(planSummary(plan, options.file));
  try {
    await writeFileAtomic(target, text, { overwrite: options.force });
  } catch (error) {
    if (error instanceof TargetExistsError) throw new UsageError("E_EXISTS", `${options.file} already exists`, existsHint);
    // Name the file as the person typed it.
    throw error instanceof InputError ? error.withFile(options.file) : error;
  }

  // Before the lint verdict, so the verdict stays the last thing a person reads.
  if (!schemaPath) io.stderr.write(editorHelpHint(options.file));
  const result = await lintText(text, options.file, { today });
  const { default: stylish } = await import("../outputs/lint/stylish.js");
  const report = stylish([result], { cwd: io.cwd, colors: await loadColors(useColor(io.stdout, io.env)), rules });
  io.stdout.write(report || `${options.file}: lint found no problems\n`);
  return countBySeverity([result]).errors > 0 ? ExitCode.findings : ExitCode.ok;
}

/** How questions are answered; `reviewer` is the terminal when a person is there to review the plan. */
async function chooseRunner(options: InitCommandOptions, io: Io, asked: Set<string>): Promise<{ ask: Ask; answers?: unknown; reviewer?: Ask }> {
  const terminal = options.terminal ?? (async () => (await import("../prompts/inquirer-runner.js")).inquirerRunner());
  const reviewer = !options.yes && options.interactive ? await terminal() : undefined;
  const fallback = options.yes ? defaultsRunner() : (reviewer ?? missingRunner(options.answers ?? "--answers"));
  if (!options.answers) return { ask: fallback, reviewer };
  const answers = await loadAnswers(path.resolve(io.cwd, options.answers), options.answers);
  return { ask: answersRunner(answers, options.answers, fallback, asked), answers, reviewer };
}

/** An answer no question used is a typo or a misunderstanding; say so before writing anything. */
function refuseUnused(answers: unknown, asked: ReadonlySet<string>, file: string): void {
  const unused = unusedAnswers(answers, asked);
  if (unused.length === 0) return;
  const first = unused[0]!;
  const suggestion = closest(first, asked);
  throw new InputError("E_ANSWER_UNUSED", `${first} is not a question this run asked${unused.length > 1 ? ` (and ${unused.length - 1} more)` : ""}`, {
    file,
    hint: suggestion ? `did you mean ${suggestion}?` : "see the answer keys in the README's init section",
  });
}

function isDirectory(dir: string): boolean {
  try {
    return statSync(dir).isDirectory();
  } catch {
    return false;
  }
}

/** TZ as set when it is a zone name (ICU would turn Asia/Kolkata into Asia/Calcutta), else the system's. */
function machineTimeZone(tz: string | undefined): string {
  return canonicalTimeZone(tz?.replace(/^:/, "") ?? "") ?? canonicalTimeZone(Intl.DateTimeFormat().resolvedOptions().timeZone) ?? "UTC";
}
