import { examples, type CliContext } from "./types.js";
import { parseIsoDate } from "./options.js";

export function registerInit({ program, io, setExit }: CliContext): void {
  program
    .command("init")
    .description("write a new plan by answering a few questions (or take every default with --yes)")
    .argument("[file]", "the plan file to write", "community-plan.yaml")
    .option("-y, --yes", "take the default for every question that is not answered otherwise")
    .option("--answers <file>", "answers from a YAML or JSON file; only what is missing is asked")
    .option("--today <date>", "treat this date (YYYY-MM-DD) as today, for deadlines and reproducible files", parseIsoDate)
    .option("--force", "replace the file if it exists")
    .addHelpText(
      "after",
      examples([
        "community-plan init",
        "community-plan init plans/forum.yaml --yes",
        "community-plan init --answers answers.yaml --yes --today 2027-01-04",
      ]),
    )
    .action(async (file, opts) => {
      const { initCommand } = await import("../commands/init.js");
      setExit(
        await initCommand(
          { file, ...opts, yes: opts.yes === true, force: opts.force === true, interactive: process.stdin.isTTY },
          io,
        ),
      );
    });
}
