import { Option } from "@commander-js/extra-typings";
import { calendarFormats } from "../outputs/calendar/index.js";
import { CALENDAR_KINDS } from "../calendar/kinds.js";
import { todayIso } from "../time/dates.js";
import { addPlanLimitOptions, parseIsoDate } from "./options.js";
import { examples, type CliContext } from "./types.js";

export function registerCalendar({ program, io, setExit }: CliContext): void {
  const command = program.command("calendar");
  addPlanLimitOptions(command)
    .description("expand the plan's series and events into a dated content calendar")
    .argument("<plan>", "the plan file")
    .addOption(new Option("-f, --format <name>", "output format").default("md").choices(calendarFormats))
    .option("-o, --output <file>", "write to this file (atomically) instead of stdout")
    .option("-q, --quarter <which>", "next (default), current, or a quarter like 2027-Q1")
    .option("--from <date>", "first day of a custom range (YYYY-MM-DD), with --to", parseIsoDate)
    .option("--to <date>", "last day of a custom range (YYYY-MM-DD), with --from", parseIsoDate)
    .option("--today <date>", "treat this date as today: picks the quarter and stamps the ICS file", parseIsoDate)
    .option("--force", "build the calendar even when the plan has lint errors")
    .option("--include <kinds>", `only these kinds, comma-separated: ${CALENDAR_KINDS.join(",")} (default all)`)
    .option("--exclude <kinds>", "leave these kinds out, comma-separated")
    .option("--expand", "ics: one event per occurrence in the range instead of one recurring event per series")
    .option("--bom", "csv: start with a UTF-8 byte-order mark (Excel needs it to read UTF-8)")
    .addOption(new Option("--delimiter <char>", "csv: the cell delimiter (; for spreadsheets in nl, de, fr …)").choices([",", ";", "tab"]))
    .addHelpText(
      "after",
      examples([
        "community-plan calendar community-plan.yaml",
        "community-plan calendar plan.yaml --format ics --output community.ics",
        "community-plan calendar plan.yaml --from 2027-03-01 --to 2027-04-30 --format csv --bom --delimiter ';'",
      ]),
    )
    .action(async (file, opts) => {
      const { calendarCommand } = await import("../commands/calendar.js");
      setExit(await calendarCommand({ file, ...opts, today: opts.today ?? todayIso(), force: opts.force === true, expand: opts.expand === true, bom: opts.bom === true, delimiter: opts.delimiter, include: opts.include, exclude: opts.exclude }, io));
    });
}
