import { Option } from "@commander-js/extra-typings";
import { formatterNames } from "../outputs/lint/index.js";
import { examples, type CliContext } from "./types.js";
import { collectReport, collectRuleSetting, parseMaxWarnings } from "./lint-options.js";
import { parseIsoDate, parsePositiveInt } from "./options.js";

export function registerLint({ program, io, setExit }: CliContext): void {
  program
    .command("lint")
    .description("check plans against the schema and the strategy rules")
    .argument("[files...]", "plan files or quoted globs; - reads one plan from standard input")
    .addOption(new Option("-f, --format <name>", "output format").default("stylish").choices(formatterNames))
    .option("-o, --output <file>", "write the --format output to this file instead of the terminal")
    // Today's name, kept so scripts go on working; -o/--output is the one name across commands.
    .addOption(new Option("--output-file <file>").hideHelp())
    .option("--report <format=file>", "also write this format to this file (repeatable), e.g. sarif=lint.sarif", collectReport)
    .option("--rule <id=severity>", "set a rule to off, warn or error (repeatable; wins over the plan's lint.rules)", collectRuleSetting)
    .option("--fix", "apply the fixes lint is sure of (canonical tags, a single close match) to the plan files")
    .option("--fix-dry-run", "print the fixes --fix would make, as a diff, and change nothing")
    .option("--config <file>", "use this settings file for every plan instead of the nearest community-plan.config.yaml")
    .option("--print-config <plan>", "print the lint settings that apply to this plan, as YAML, and lint nothing")
    .option("--stdin-filename <path>", "the name of the plan read from -, in messages and for finding shared settings")
    .option("--today <date>", "treat this date (YYYY-MM-DD) as today, for reproducible runs", parseIsoDate)
    .option("--quiet", "report errors only, in every output")
    .option("--max-warnings <n>", "exit 1 when there are more than this many warnings (-1: no limit)", parseMaxWarnings)
    .addOption(new Option("--fail-on <level>", "exit 1 on errors only, or on warnings too").choices(["error", "warning"]).default("error"))
    .option("--report-unused-disables", "report disable comments that suppress nothing")
    .option("--max-bytes <n>", "refuse files larger than this many bytes", parsePositiveInt)
    .option("--max-aliases <n>", "refuse files whose YAML aliases expand more than this", parsePositiveInt)
    .addHelpText(
      "after",
      examples([
        "community-plan lint 'plans/*.yaml' --report sarif=lint.sarif --max-warnings 0",
        "community-plan lint plan.yaml --fix-dry-run --rule team-capacity=off",
        "community-plan lint - --stdin-filename chapters/oslo.yaml < chapters/oslo.yaml",
      ]),
    )
    .action(async (patterns, opts) => {
      const { lintCommand, printConfigCommand } = await import("../commands/lint.js");
      const { report, rule, printConfig, output, outputFile, ...rest } = opts;
      if (printConfig !== undefined) {
        setExit(await printConfigCommand(printConfig, { rules: rule, config: opts.config }, io));
        return;
      }
      setExit(
        await lintCommand(
          { patterns, ...rest, outputFile: outputFile ?? output, reports: report, rules: rule, quiet: opts.quiet === true, reportUnusedDisables: opts.reportUnusedDisables === true },
          io,
        ),
      );
    });
}
