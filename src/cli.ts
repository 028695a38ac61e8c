// The command line: commander set-up, argument mapping, and the one place exit codes are set.
// Each command's module is imported only when that command runs, so `lint` never loads the
// prompt or template libraries.
import { Command, CommanderError } from "@commander-js/extra-typings";
import { packageVersion } from "./io/package-files.js";
import { ExitCode, formatKnownError, KnownError } from "./core/errors.js";
import { processIo, type Io } from "./io/streams.js";
import { registerCalendar } from "./cli/calendar.js";
import { registerCompletion } from "./cli/completion.js";
import { registerInit } from "./cli/init.js";
import { registerLint } from "./cli/lint.js";
import { registerProgress } from "./cli/progress.js";
import { registerRender } from "./cli/render.js";
import { registerRules } from "./cli/rules.js";
import { registerSchema } from "./cli/schema.js";
import { registerSlots } from "./cli/slots.js";
import { registerTemplates } from "./cli/templates.js";
import { examples, type CliContext } from "./cli/types.js";
import { exitOnInterrupt } from "./io/interrupt.js";
import { forgetInputs } from "./io/run-inputs.js";

/** Each command registers its options here, in the order a person meets them (start a plan,
 *  check it, use it, keep it alive); its implementation is imported only when it runs. */
const commands: ReadonlyArray<(context: CliContext) => void> = [
  registerInit,
  registerLint,
  registerRender,
  registerCalendar,
  registerSlots,
  registerProgress,
  registerRules,
  registerSchema,
  registerTemplates,
  registerCompletion,
];


/** Builds the program; `exec` receives each command's mapped options so tests can check the mapping. */
export function buildProgram(io: Io, setExit: (code: number) => void): Command {
  const program = new Command("community-plan")
    .description("Plan, lint, render and schedule a community strategy kept in one YAML file.")
    .version(packageVersion(), "-V, --version", "print the version")
    .option("--debug", "show stack traces for unexpected errors")
    .option("--color", "colour the output even when it is not a terminal (as FORCE_COLOR=1)")
    .option("--no-color", "never colour the output (as NO_COLOR=1)")
    .showSuggestionAfterError(true)
    .exitOverride()
    .configureOutput({
      writeOut: (text) => io.stdout.write(text),
      writeErr: (text) => io.stderr.write(text),
      // Help wraps to the width of the terminal it goes to, as commander's default does, but read
      // from io, so tests can set it. Off a terminal that is undefined (80 columns), as in
      // commander's default; its types say number.
      getOutHelpWidth: () => (io.stdout.isTTY ? io.stdout.columns : undefined) as number,
      getErrHelpWidth: () => (io.stderr.isTTY ? io.stderr.columns : undefined) as number,
      // Same one-line shape as every other error: "community-plan: <what went wrong>".
      outputError: (text, write) => { write(text.replace(/^error: /, "community-plan: ")); },
    })
    .addHelpText(
      "after",
      examples([
        "community-plan init",
        "community-plan lint community-plan.yaml",
        "community-plan render community-plan.yaml --out docs/community",
        "community-plan calendar community-plan.yaml --quarter 2027-Q1 --format ics --output q1.ics",
        "community-plan progress community-plan.yaml --actuals actuals.csv",
      ]),
    );

  // --color and --no-color win over the environment, for every command: they set what
  // useColor reads (io/streams.ts) before the command runs.
  program.hook("preAction", (root) => {
    const color = root.opts().color;
    if (color === undefined) return;
    const env = { ...io.env };
    delete env.FORCE_COLOR;
    delete env.NO_COLOR;
    if (color) env.FORCE_COLOR = "1";
    else env.NO_COLOR = "1";
    io.env = env;
  });
  const context: CliContext = { program, io, setExit };
  for (const register of commands) register(context);
  return program;
}

/** Runs the CLI and returns the exit code; never throws. */
export async function main(argv: readonly string[], io: Io = processIo()): Promise<number> {
  let exitCode: number = ExitCode.ok;
  forgetInputs();
  const program = buildProgram(io, (code) => {
    exitCode = code;
  });
  try {
    await program.parseAsync([...argv]);
    return exitCode;
  } catch (error) {
    return reportError(error, io, argv.includes("--debug"));
  }
}

function reportError(error: unknown, io: Io, debug: boolean): number {
  if (error instanceof CommanderError) {
    // Help and version "errors" are how commander says it is done.
    if (error.exitCode === 0) return ExitCode.ok;
    return ExitCode.usage;
  }
  if (error instanceof KnownError) {
    io.stderr.write(formatKnownError(error));
    if (debug && error.stack) io.stderr.write(`${error.stack}\n`);
    return error.exitCode;
  }
  const message = error instanceof Error ? error.message : String(error);
  io.stderr.write(`community-plan: unexpected error: ${message}\n  this is a bug; please report it with the command you ran${debug ? "" : " (add --debug for the stack trace)"}\n`);
  if (debug && error instanceof Error && error.stack) io.stderr.write(`${error.stack}\n`);
  return ExitCode.usage;
}

/** The binary's entry point: the only place that touches process.exitCode. */
export async function run(argv: readonly string[]): Promise<void> {
  const io = processIo();
  exitOnInterrupt(io.stderr);
  process.exitCode = await main(argv, io);
}
