import { Option } from "@commander-js/extra-typings";
import { todayIso } from "../time/dates.js";
import { parseIsoDate, parsePositiveInt } from "./options.js";
import { examples, type CliContext } from "./types.js";

export function registerSlots({ program, io, setExit }: CliContext): void {
  program
    .command("slots")
    .description("rank start times for a series or event by how much of its audience is awake for them")
    .argument("<plan>", "the plan file")
    .argument("[id]", "the id of a series or an event; left out, the ids the plan has are listed")
    .addOption(new Option("-f, --format <name>", "output format").default("text").choices(["text", "json"]))
    .option("-q, --quarter <which>", "the range whose DST states count: next (default), current, or 2027-Q1")
    .option("--from <date>", "first day of a custom range (YYYY-MM-DD), with --to", parseIsoDate)
    .option("--to <date>", "last day of a custom range (YYYY-MM-DD), with --from", parseIsoDate)
    .option("--today <date>", "treat this date as today (YYYY-MM-DD)", parseIsoDate)
    .option("--top <n>", "how many start times to list", parsePositiveInt, 5)
    .option("--force", "run even when the plan has lint errors")
    .addHelpText(
      "after",
      examples([
        "community-plan slots community-plan.yaml office-hours",
        "community-plan slots plan.yaml office-hours --quarter 2027-Q2 --top 10",
        "community-plan slots plan.yaml release-ama --format json",
      ]),
    )
    .action(async (file, id, opts) => {
      const { slotsCommand } = await import("../commands/slots.js");
      setExit(await slotsCommand({ file, id, ...opts, today: opts.today ?? todayIso(), force: opts.force === true }, io));
    });
}
