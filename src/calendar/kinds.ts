// The kinds of calendar item `--include` and `--exclude` name: one registry that the command,
// its help and shell completion all read.
import type { Calendar } from "./entries.js";
import type { DatedKind } from "./dated-items.js";
import type { Schedule } from "./schedule.js";

export const CALENDAR_KINDS = ["series", "events", "launch", "contests", "deadlines", "reviews", "blackouts", "holidays"] as const;
export type CalendarKind = (typeof CALENDAR_KINDS)[number];

/** An item's own kind (the `kind` column) → the name `--include` uses for it. */
const KIND_OF: Record<"series" | "event" | DatedKind, CalendarKind> = {
  series: "series",
  event: "events",
  launch: "launch",
  contest: "contests",
  deadline: "deadlines",
  review: "reviews",
  blackout: "blackouts",
  holiday: "holidays",
};

/** Comma-separated lists as given (each may be undefined) → the kinds wanted, or the unknown names. */
export function selectKinds(include: string | undefined, exclude: string | undefined): { kinds: ReadonlySet<CalendarKind> } | { unknown: string[] } {
  const split = (list: string | undefined): string[] => (list ?? "").split(",").map((name) => name.trim()).filter((name) => name !== "");
  const named = [...split(include), ...split(exclude)];
  const unknown = named.filter((name) => !(CALENDAR_KINDS as readonly string[]).includes(name));
  if (unknown.length > 0) return { unknown };
  const included = include === undefined ? [...CALENDAR_KINDS] : (split(include) as CalendarKind[]);
  const excluded = new Set(split(exclude));
  return { kinds: new Set(included.filter((kind) => !excluded.has(kind))) };
}

export function keepKinds(calendar: Calendar, kinds: ReadonlySet<CalendarKind>): Calendar {
  return {
    ...calendar,
    entries: calendar.entries.filter((entry) => kinds.has(KIND_OF[entry.kind])),
    skipped: calendar.skipped.filter((skip) => kinds.has(KIND_OF[skip.kind])),
    dated: calendar.dated.filter((item) => kinds.has(KIND_OF[item.kind])),
  };
}

export function keepScheduleKinds(schedule: Schedule, kinds: ReadonlySet<CalendarKind>): Schedule {
  return {
    ...schedule,
    items: schedule.items.filter((item) => kinds.has(KIND_OF[item.kind])),
    dated: schedule.dated.filter((item) => kinds.has(KIND_OF[item.kind])),
  };
}
