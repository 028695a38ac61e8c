import { InvalidArgumentError, Option } from "@commander-js/extra-typings";
import { examples, type CliContext } from "./types.js";
import { addPlanLimitOptions, parseIsoDate } from "./options.js";

// Kept here rather than imported from src/render so `--help` never loads Handlebars.
const DOCUMENTS = ["strategy", "guidelines", "calendar"] as const;

type DocumentName = (typeof DOCUMENTS)[number];

function isDocumentName(name: string): name is DocumentName {
  return (DOCUMENTS as readonly string[]).includes(name);
}

export function parseOnly(value: string): DocumentName[] {
  const names = value.split(",").map((name) => name.trim()).filter(Boolean);
  if (names.length === 0 || !names.every(isDocumentName)) {
    throw new InvalidArgumentError(`expected a comma-separated list of ${DOCUMENTS.join(", ")}`);
  }
  return [...new Set(names)];
}

export function registerRender({ program, io, setExit }: CliContext): void {
  const command = program.command("render");
  addPlanLimitOptions(command)
    .description("write the strategy document, the community guidelines and the content calendar from a plan")
    .argument("<plan>", "the plan file")
    .option("-o, --output <dir>", "directory to write the documents into", "community-plan-docs")
    // Today's name, kept so scripts go on working; -o/--output is the one name across commands.
    .addOption(new Option("--out <dir>").hideHelp())
    .addOption(new Option("-f, --format <format>", "output format").default("md").choices(["md", "html"]))
    .option("--only <documents>", `only these documents (${DOCUMENTS.join(",")})`, parseOnly)
    .option("--templates <dir>", "use templates and partials from this directory where present")
    .option("--today <date>", "treat this date (YYYY-MM-DD) as today, for reproducible output", parseIsoDate)
    .option("--quarter <quarter>", "the calendar's quarter: next (default), current, or like 2027-Q1")
    .option("--from <date>", "the calendar's first day (with --to), instead of a quarter", parseIsoDate)
    .option("--to <date>", "the calendar's last day (with --from)", parseIsoDate)
    .option("--actuals <file>", "measured values (CSV, JSON or YAML, as for `progress`): adds a progress section with a chart per target")
    .option("--dry-run", "list the files that would be written and which would change; write nothing")
    .option("--force", "render even when the plan has lint errors")
    .addHelpText(
      "after",
      examples([
        "community-plan render community-plan.yaml",
        "community-plan render plan.yaml --format html --output site/community --actuals actuals.csv",
        "community-plan render plan.yaml --only calendar --quarter 2027-Q2 --templates my-templates --dry-run",
      ]),
    )
    .action(async (plan, opts) => {
      const { renderCommand } = await import("../commands/render.js");
      const { output, out, ...rest } = opts;
      setExit(await renderCommand({ plan, ...rest, out: out ?? output, dryRun: opts.dryRun === true, force: opts.force === true }, io));
    });
}
