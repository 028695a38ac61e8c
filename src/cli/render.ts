import { InvalidArgumentError, Option } from "@commander-js/extra-typings";
import { examples, type CliContext } from "./types.js";
import { addPlanLimitOptions, parseIsoDate, parseLanguageTag } from "./options.js";

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
    .addOption(
      new Option("-f, --format <format>", "output format; txt: the guidelines only, as plain text to paste into a Discord rules channel, a Facebook group or a forum post, in parts of at most 2,000 characters")
        .default("md")
        .choices(["md", "html", "txt"]),
    )
    .option("--only <documents>", `only these documents (${DOCUMENTS.join(",")})`, parseOnly)
    .option("--templates <dir>", "use templates and partials from this directory where present")
    .option("--today <date>", "treat this date (YYYY-MM-DD) as today, for reproducible output", parseIsoDate)
    .option("--quarter <quarter>", "the calendar's quarter: next (default), current, or like 2027-Q1")
    .option("--from <date>", "the calendar's first day (with --to), instead of a quarter", parseIsoDate)
    .option("--to <date>", "the calendar's last day (with --from)", parseIsoDate)
    .option("--lang <tag>", "write the strategy document and calendar in this language (en, nl, nb, …) instead of the plan's documentLanguage; guidelines stay one per community language", parseLanguageTag)
    .option("--actuals <file>", "measured values (CSV, JSON or YAML, as for `progress`): adds a progress section with a chart per target")
    .option("--data <dir>", "where the exports named by the plan's measure: fields live when they give no file; adds the progress section too")
    .option("--dry-run", "list the files that would be written and which would change; write nothing")
    .option("--force", "render even when the plan has lint errors")
    .option("--replace", "take over an --out folder that holds another plan's documents (its files are removed)")
    .addHelpText(
      "after",
      examples([
        "community-plan render plan.yaml --format html --output site/community --actuals actuals.csv --lang en",
        "community-plan render plan.yaml --only calendar --quarter 2027-Q2 --templates my-templates --dry-run",
        "community-plan render plan.yaml --format txt --out rules   # guidelines.<lang>.txt, to paste into Discord",
      ]),
    )
    .action(async (plan, opts) => {
      const { renderCommand } = await import("../commands/render.js");
      const { output, out, ...rest } = opts;
      setExit(await renderCommand({ plan, ...rest, out: out ?? output, dryRun: opts.dryRun === true, force: opts.force === true, replace: opts.replace === true }, io));
    });
}
