// Everything dated in the plan besides series and events: the launch and its steps, contests'
// first and last days, target deadlines, review meetings and blackouts, as all-day items, so the
// calendar a team works from holds every date the plan commits it to.
import type { Plan } from "../plan/types.js";
import { addDays, parseYmd, WEEKDAYS, weekdayIndex, ymd } from "../time/civil-date.js";
import { compareStrings } from "../util/compare.js";

export type DatedKind = "launch" | "contest" | "deadline" | "review" | "blackout";

export interface DatedItem {
  kind: DatedKind;
  /** Unique within its kind and stable across ranges: the part of the ICS UID after the kind. */
  id: string;
  title: string;
  /** The first day. */
  date: string;
  /** The last day, inclusive; equal to `date` for a one-day item. */
  end: string;
  owner: string | null;
}

/** The items overlapping [from, to], by date, then kind and id. */
export function datedItems(plan: Plan, from: string, to: string): DatedItem[] {
  const items = [...launchItems(plan), ...contestItems(plan), ...deadlineItems(plan), ...reviewItems(plan, from, to), ...blackoutItems(plan)];
  return items
    .filter((item) => item.date <= to && item.end >= from)
    .sort((a, b) => compareStrings(a.date, b.date) || compareStrings(a.kind, b.kind) || compareStrings(a.id, b.id));
}

function oneDay(kind: DatedKind, id: string, title: string, date: string, owner?: string): DatedItem {
  return { kind, id, title, date, end: date, owner: owner ?? null };
}

function launchItems(plan: Plan): DatedItem[] {
  const launch = plan.launch;
  if (launch === undefined) return [];
  const items = launch.date === undefined ? [] : [oneDay("launch", "launch", "Launch", launch.date)];
  // Steps have no id; their place in the list names them, as the plan orders them.
  (launch.steps ?? []).forEach((step, index) => {
    if (step.due !== undefined) items.push(oneDay("launch", `step-${index + 1}`, `Launch step: ${step.title}`, step.due, step.owner));
  });
  return items;
}

function contestItems(plan: Plan): DatedItem[] {
  return (plan.engagement?.contests ?? []).flatMap((contest) => [
    ...(contest.start === undefined ? [] : [oneDay("contest", `${contest.id}-start`, `Contest starts: ${contest.title}`, contest.start)]),
    ...(contest.end === undefined ? [] : [oneDay("contest", `${contest.id}-end`, `Contest ends: ${contest.title}`, contest.end)]),
  ]);
}

function deadlineItems(plan: Plan): DatedItem[] {
  return plan.targets.flatMap((target) =>
    target.deadline === undefined ? [] : [oneDay("deadline", target.id, `Target deadline: ${target.id} (${target.metric})`, target.deadline, target.owner)],
  );
}

function blackoutItems(plan: Plan): DatedItem[] {
  return (plan.content?.blackouts ?? []).map((blackout) => ({
    kind: "blackout",
    id: blackout.from,
    title: `Blackout${blackout.reason === undefined ? "" : `: ${blackout.reason}`}`,
    date: blackout.from,
    end: blackout.to ?? blackout.from,
    owner: null,
  }));
}

/** One review on `review.day` (default Monday): the first such day of each week, month or quarter. */
function reviewItems(plan: Plan, from: string, to: string): DatedItem[] {
  const review = plan.review;
  if (review === undefined) return [];
  const day = WEEKDAYS.indexOf(review.day ?? "mon");
  const items: DatedItem[] = [];
  for (let start = periodStart(review.cadence, from); start <= to; start = nextPeriod(review.cadence, start)) {
    const date = firstWeekdayFrom(start, day);
    if (date >= from && date <= to && withinHorizon(plan, date)) items.push(oneDay("review", date, "Plan review", date, review.owner));
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
