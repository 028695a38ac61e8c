import { Option } from "commander";
import { examples, type CliContext } from "./types.js";
import { parseIsoDate, parsePositiveInt } from "./options.js";

export function registerLint({ program, io, setExit }: CliContext): void {
  program
    .command("lint")
    .description("check plans against the schema and the strategy rules")
    .argument("<files...>", "plan files or quoted globs")
    .addOption(new Option("-f, --format <name>", "output format").default("stylish").choices(["stylish", "json"]))
    .option("--today <date>", "treat this date (YYYY-MM-DD) as today, for reproducible runs", parseIsoDate)
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
      const { lintCommand } = await import("../commands/lint.js");
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
}
