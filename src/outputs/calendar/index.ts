// The calendar formats: the names the CLI offers and completion lists. The machine formats are
// written here, each loaded only when used; `md` is a document and goes through render/.
import type { Calendar } from "../../calendar/entries.js";
import type { Schedule } from "../../calendar/schedule.js";
import type { PreviousItem } from "./ics-previous.js";
import type { CsvOptions } from "./csv.js";

export interface CalendarWriteOptions {
  /** The run's "today": the ICS file's DTSTAMP, and LAST-MODIFIED of what changed. */
  today: string;
  /** ICS: the series' whole schedule, one VEVENT per series; without it, one per occurrence. */
  schedule?: Schedule;
  /** ICS: UID → what the earlier export at --output wrote, so SEQUENCE only grows. */
  previous?: ReadonlyMap<string, PreviousItem>;
  /** CSV: a byte-order mark, and the delimiter. */
  csv?: CsvOptions;
}

type CalendarWriter = (calendar: Calendar, options: CalendarWriteOptions) => string;

const machineWriters = {
  csv: async (): Promise<CalendarWriter> => (await import("./csv.js")).writeCsv,
  ics: async (): Promise<CalendarWriter> => (await import("./ics.js")).writeIcs,
  json: async (): Promise<CalendarWriter> => (await import("./json.js")).writeJson,
} as const;

export type MachineCalendarFormat = keyof typeof machineWriters;
export type CalendarFormat = "md" | MachineCalendarFormat;
export const calendarFormats: readonly CalendarFormat[] = ["md", ...(Object.keys(machineWriters) as MachineCalendarFormat[])];

export async function writeCalendar(calendar: Calendar, format: MachineCalendarFormat, options: CalendarWriteOptions): Promise<string> {
  return (await machineWriters[format]())(calendar, options);
}
