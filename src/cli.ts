// The command line: commander set-up, argument mapping, and the one place exit codes are set.
// Each command's module is imported only when that command runs, so `lint` never loads the
// prompt or template libraries.
import { Command, CommanderError, InvalidArgumentError, Option } from "commander";
import { readFileSync } from "node:fs";
import { ExitCode, formatKnownError, KnownError } from "./errors.js";
import { processIo, type Io } from "./io.js";

const VERSION = (JSON.parse(readFileSync(new URL("../package.json", import.meta.url), "utf8")) as { version: string })
  .version;

export function parsePositiveInt(value: string): number {
  const n = Number(value);
  if (!Number.isInteger(n) || n < 1) throw new InvalidArgumentError("expected a whole number above 0");
  return n;
}

function examples(lines: string[]): string {
  return `\nExamples:\n${lines.map((line) => `  $ ${line}`).join("\n")}\n`;
}

/** Builds the program; `exec` receives each command's mapped options so tests can check the mapping. */
export function buildProgram(io: Io, setExit: (code: number) => void): Command {
  const program = new Command("community-plan")
    .description("Plan, lint, render and schedule a community strategy kept in one YAML file.")
    .version(VERSION, "-V, --version", "print the version")
    .option("--debug", "show stack traces for unexpected errors")
    .showSuggestionAfterError(true)
    .exitOverride()
    .configureOutput({
      writeOut: (text) => io.stdout.write(text),
      writeErr: (text) => io.stderr.write(text),
    })
    .addHelpText(
      "after",
      examples([
        "community-plan lint community-plan.yaml",
        "community-plan lint 'plans/**/*.yaml' --format json",
      ]),
    );

  program
    .command("lint")
    .description("check plans against the schema and the strategy rules")
    .argument("<files...>", "plan files or quoted globs")
    .addOption(new Option("-f, --format <name>", "output format").default("stylish").choices(["stylish", "json"]))
    .option("--today <date>", "treat this date (YYYY-MM-DD) as today, for reproducible runs")
    .option("--max-bytes <n>", "refuse files larger than this many bytes", parsePositiveInt)
    .option("--max-aliases <n>", "refuse files whose YAML aliases expand more than this", parsePositiveInt)
    .addHelpText(
      "after",
      examples([
        "community-plan lint community-plan.yaml",
        "community-plan lint 'plans/*.yaml' --format json > lint.json",
        "community-plan lint plan.yaml --today 2027-01-15",
      ]),
    )
    .action(async (files: string[], opts: Record<string, unknown>) => {
      const { lintCommand } = await import("./commands/lint.js");
      setExit(
        await lintCommand(
          {
            patterns: files,
            format: opts.format as string,
            today: opts.today as string | undefined,
            maxBytes: opts.maxBytes as number | undefined,
            maxAliases: opts.maxAliases as number | undefined,
          },
          io,
        ),
      );
    });

  return program;
}

/** Runs the CLI and returns the exit code; never throws. */
export async function main(argv: readonly string[], io: Io = processIo()): Promise<number> {
  let exitCode: number = ExitCode.ok;
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
  process.exitCode = await main(argv);
}
