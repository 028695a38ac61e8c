import { Option } from "@commander-js/extra-typings";
import { progressFormats } from "../outputs/progress/index.js";
import { parseIsoDate } from "./options.js";
import { examples, type CliContext } from "./types.js";

export function registerProgress({ program, io, setExit }: CliContext): void {
  program
    .command("progress")
    .description("measure the plan's targets against real numbers")
    .argument("<plan>", "the plan file")
    .option("-a, --actuals <file>", "observations: CSV (date,metric,value[,channel]), JSON or YAML; optional when the plan's targets say where they are measured from (measure:)")
    .option("--data <dir>", "where the exports named by measure: fields live when they give no file")
    .option("--explain <target>", "show which files, rows and aggregation produced each number of this target, instead of the report")
    .addOption(
      new Option("-f, --format <name>", "output format").default("stylish").choices(progressFormats),
    )
    .option("--today <date>", "measure as of this date (YYYY-MM-DD), for reproducible runs", parseIsoDate)
    .addOption(
      new Option("--fail-on <status>", "exit 1 when a target is at this status or worse").choices([
        "at-risk",
        "off-track",
      ]),
    )
    .addHelpText(
      "after",
      examples([
        "community-plan progress plan.yaml --actuals actuals.csv --format md > progress.md",
        "community-plan progress plan.yaml --actuals actuals.json --fail-on off-track --today 2027-05-15",
        "community-plan progress plan.yaml --data ~/Downloads --explain first-response",
      ]),
    )
    .action(async (plan, opts) => {
      const { progressCommand } = await import("../commands/progress.js");
      setExit(await progressCommand({ plan, ...opts }, io));
    });
}
