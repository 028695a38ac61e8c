// Everything dated in the plan besides series and events: the launch and its steps, contests'
// first and last days, target deadlines, review meetings and blackouts, as all-day items, so the
// calendar a team works from holds every date the plan commits it to.
import type { Plan } from "../plan/types.js";
import { addDays, parseYmd, WEEKDAYS, weekdayIndex, ymd } from "../time/civil-date.js";
import { compareStrings } from "../util/compare.js";
import { holidayLabel, holidaysBetween, type Holiday } from "./holidays.js";

export type DatedKind = "launch" | "contest" | "deadline" | "review" | "blackout" | "holiday";

/** What an item is, finer than its kind: a document words each role in its own language. */
export type DatedRole = "launch" | "launchStep" | "contestStart" | "contestEnd" | "deadline" | "review" | "blackout" | "holiday";

export interface DatedItem {
  kind: DatedKind;
  /** Unique within its kind and stable across ranges: the part of the ICS UID after the kind. */
  id: string;
  role: DatedRole;
  /** The plan's own words the title is built around (a step's or contest's title, a target id, a blackout's reason). */
  subject: string | null;
  /** A second part from the plan, where a role has one (a target's metric). */
  detail: string | null;
  /** The English title of the machine formats (ICS, CSV, JSON), like their other fixed words. */
  title: string;
  /** The first day. */
  date: string;
  /** The last day, inclusive; equal to `date` for a one-day item. */
  end: string;
  owner: string | null;
  /** For a holiday: its names in every language the dataset has, for the documents. */
  holiday?: Holiday;
}

/** The items overlapping [from, to], by date, then kind and id. */
export function datedItems(plan: Plan, from: string, to: string): DatedItem[] {
  const items = [...launchItems(plan), ...contestItems(plan), ...deadlineItems(plan), ...reviewItems(plan, from, to), ...blackoutItems(plan), ...holidayItems(plan, from, to)];
  return items
    .filter((item) => item.date <= to && item.end >= from)
    .sort((a, b) => compareStrings(a.date, b.date) || compareStrings(a.kind, b.kind) || compareStrings(a.id, b.id));
}

/** The machine formats' English titles; documents take theirs from the labels (calendar.datedTitle). */
const ENGLISH_TITLES: Record<DatedRole, (subject: string, detail: string) => string> = {
  launch: () => "Launch",
  launchStep: (subject) => `Launch step: ${subject}`,
  contestStart: (subject) => `Contest starts: ${subject}`,
  contestEnd: (subject) => `Contest ends: ${subject}`,
  deadline: (subject, detail) => `Target deadline: ${subject} (${detail})`,
  review: () => "Plan review",
  blackout: (subject) => (subject === "" ? "Blackout" : `Blackout: ${subject}`),
  holiday: (subject) => `Public holiday: ${subject}`,
};

interface Parts {
  role: DatedRole;
  subject?: string | undefined;
  detail?: string | undefined;
}

function item(kind: DatedKind, id: string, parts: Parts, date: string, end: string, owner?: string): DatedItem {
  const subject = parts.subject ?? null;
  const detail = parts.detail ?? null;
  const title = ENGLISH_TITLES[parts.role](subject ?? "", detail ?? "");
  return { kind, id, role: parts.role, subject, detail, title, date, end, owner: owner ?? null };
}

function oneDay(kind: DatedKind, id: string, parts: Parts, date: string, owner?: string): DatedItem {
  return item(kind, id, parts, date, date, owner);
}

function launchItems(plan: Plan): DatedItem[] {
  const launch = plan.launch;
  if (launch === undefined) return [];
  const items = launch.date === undefined ? [] : [oneDay("launch", "launch", { role: "launch" }, launch.date)];
  // Steps have no id; their place in the list names them, as the plan orders them.
  (launch.steps ?? []).forEach((step, index) => {
    if (step.due !== undefined) items.push(oneDay("launch", `step-${index + 1}`, { role: "launchStep", subject: step.title }, step.due, step.owner));
  });
  return items;
}

function contestItems(plan: Plan): DatedItem[] {
  return (plan.engagement?.contests ?? []).flatMap((contest) => [
    ...(contest.start === undefined ? [] : [oneDay("contest", `${contest.id}-start`, { role: "contestStart", subject: contest.title }, contest.start)]),
    ...(contest.end === undefined ? [] : [oneDay("contest", `${contest.id}-end`, { role: "contestEnd", subject: contest.title }, contest.end)]),
  ]);
}

function deadlineItems(plan: Plan): DatedItem[] {
  return plan.targets.flatMap((target) =>
    target.deadline === undefined ? [] : [oneDay("deadline", target.id, { role: "deadline", subject: target.id, detail: target.metric }, target.deadline, target.owner)],
  );
}

function blackoutItems(plan: Plan): DatedItem[] {
  return (plan.content?.blackouts ?? []).map((blackout) =>
    item("blackout", blackout.from, { role: "blackout", subject: blackout.reason }, blackout.from, blackout.to ?? blackout.from),
  );
}

/** Public holidays of `content.holidays`; the id names the regions and the date (NL-2027-04-27). */
function holidayItems(plan: Plan, from: string, to: string): DatedItem[] {
  return holidaysBetween(plan, from, to).map((holiday) => ({ ...oneDay("holiday", holiday.id, { role: "holiday", subject: holidayLabel(holiday) }, holiday.date), holiday }));
}

/** One review on `review.day` (default Monday): the first such day of each week, month or quarter. */
function reviewItems(plan: Plan, from: string, to: string): DatedItem[] {
  const review = plan.review;
  if (review === undefined) return [];
  const day = WEEKDAYS.indexOf(review.day ?? "mon");
  const items: DatedItem[] = [];
  for (let start = periodStart(review.cadence, from); start <= to; start = nextPeriod(review.cadence, start)) {
    const date = firstWeekdayFrom(start, day);
    if (date >= from && date <= to && withinHorizon(plan, date)) items.push(oneDay("review", date, { role: "review" }, date, review.owner));
  }
  return items;
}

function withinHorizon(plan: Plan, date: string): boolean {
  return (plan.horizon?.start === undefined || date >= plan.horizon.start) && (plan.horizon?.end === undefined || date <= plan.horizon.end);
}

type Cadence = NonNullable<Plan["review"]>["cadence"];

function periodStart(cadence: Cadence, date: string): string {
  if (cadence === "weekly") return addDays(date, -weekdayIndex(date));
  const { year, month } = parseYmd(date);
  return ymd(year, cadence === "monthly" ? month : month - ((month - 1) % 3), 1);
}

function nextPeriod(cadence: Cadence, start: string): string {
  if (cadence === "weekly") return addDays(start, 7);
  const { year, month } = parseYmd(start);
  const next = month + (cadence === "monthly" ? 1 : 3);
  return next > 12 ? ymd(year + 1, next - 12, 1) : ymd(year, next, 1);
}

function firstWeekdayFrom(date: string, weekday: number): string {
  return addDays(date, (weekday - weekdayIndex(date) + 7) % 7);
}
