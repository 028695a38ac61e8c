import { reasonableHours } from "../calendar/audience.js";
import { resolveRange } from "../time/date-range.js";
import { formatSlotsJson, formatSlotsText } from "../calendar/format-slots.js";
import { slotsForItem } from "../calendar/item-slots.js";
import { outsideHorizon } from "../calendar/horizon.js";
import { findPlanItem, itemTimeZone, planItems } from "../calendar/plan-items.js";
import { ExitCode, InputError, UsageError } from "../core/errors.js";
import type { Io } from "../io/streams.js";
import { loadPlanOrReport } from "./load-plan-or-report.js";

export interface SlotsCommandOptions {
  file: string;
  /** Left out, the command names the ids it accepts. */
  id?: string;
  format: "text" | "json";
  quarter?: string;
  from?: string;
  to?: string;
  today: string;
  top: number;
  force: boolean;
}

export async function slotsCommand(options: SlotsCommandOptions, io: Io): Promise<number> {
  const range = resolveRange(options);
  const plan = await loadPlanOrReport(options.file, { today: options.today, force: options.force, verb: "build" }, io);
  if (typeof plan === "number") return plan;
  const entry = options.id === undefined ? undefined : findPlanItem(plan, options.id);
  if (!entry) {
    const ids = planItems(plan).map((e) => e.item.id);
    throw new UsageError(
      options.id === undefined ? "E_MISSING_ID" : "E_UNKNOWN_ID",
      options.id === undefined ? `slots needs the id of a series or event in ${options.file}` : `no series or event with id "${options.id}" in ${options.file}`,
      ids.length > 0 ? `use one of: ${ids.join(", ")}` : "the plan has no content.series or content.events",
    );
  }
  const id = entry.item.id;
  let timeZone: string;
  try {
    timeZone = itemTimeZone(plan, entry);
  } catch (error) {
    throw error instanceof InputError ? error.withFile(options.file) : error;
  }
  const hours = reasonableHours(plan);
  const window = entry.kind === "event" ? { from: entry.item.date, to: entry.item.date, label: entry.item.date } : range;
  // An event is judged on its own date whatever the range, but never outside the horizon.
  const outside = outsideHorizon(plan, window);
  if (outside !== undefined) {
    throw new UsageError("E_NO_DATES", `"${id}" has no dates: ${outside}`, entry.kind === "event" ? "move the event into the horizon, or widen horizon in the plan" : "pick another --quarter or --from/--to");
  }
  const slots = slotsForItem(plan, entry, timeZone, range, hours);
  if (!slots) {
    throw new UsageError("E_NO_DATES", `"${id}" has no dates in ${range.label}`, "pick another --quarter or --from/--to");
  }
  const report = {
    kind: entry.kind,
    id: entry.item.id,
    title: entry.item.title,
    timeZone,
    ...(entry.kind === "event" ? { from: window.from, to: window.to } : range),
    hours,
    recording: entry.item.recording === true,
    slots,
    top: options.top,
  };
  io.stdout.write(options.format === "json" ? formatSlotsJson(report) : formatSlotsText(report));
  return ExitCode.ok;
}
