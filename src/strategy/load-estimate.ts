import type { PlanPath } from "../core/finding.js";
import type { Cadence, Format, Member, Moderator, Plan } from "../plan/types.js";
import { LIVE_FORMATS } from "../calendar/audience.js";
import { itemDates, planItems } from "../calendar/plan-items.js";
import { durationMinutes, fromDayNumber, toDayNumber, toMinutes, WEEKDAYS } from "../time/civil-date.js";
import { utcOffsetMinutes } from "../time/zone-offsets.js";
import { isTimeZone } from "../time/zone-names.js";
import { isIsoDate } from "../time/dates.js";
import { DEFAULT_SHIFT } from "./moderation-coverage.js";
import { dailyHours, loadWeeks, weekOf, type LoadWeeks } from "./load-weeks.js";
import { roundToTenth } from "../util/round-to-tenth.js";

/**
 * Hours of preparation per piece of content, by format: a rough, documented estimate a team
 * can argue with. Live formats add the session itself (its duration, 1h when not given).
 */
export const PREP_HOURS: Readonly<Record<Format, number>> = {
  article: 3, tutorial: 4, "product-update": 1, "industry-news": 1, "user-generated": 0.5,
  "live-qa": 1, ama: 1, webinar: 3, workshop: 4, meetup: 6, hackathon: 16, livestream: 2,
  poll: 0.25, contest: 3, spotlight: 1, newsletter: 3, discussion: 0.5, video: 6, other: 1,
};
/** Weekly moderation and member care per channel when no moderator's shift is known, and per review by cadence. */
export const MODERATION_HOURS_PER_CHANNEL = 2;
export const REVIEW_HOURS_PER_WEEK = { weekly: 1.5, monthly: 0.5, quarterly: 0.25 } as const;
/** Every item, with its follow-up (answering comments, sharing a recording), costs half an hour more. */
export const FOLLOW_UP_HOURS = 0.5;
/** A contest: its preparation (as the `contest` format) in the week it starts, judging and announcing in the week it ends. */
export const CONTEST_END_HOURS = 2;
/** Each launch step, in the week it is due (the launch's week when it gives no date). */
export const LAUNCH_STEP_HOURS = 2;

export interface LoadEstimate {
  content: number;
  events: number;
  moderation: number;
  review: number;
  total: number;
  /** Contests and launch steps; counted in `events` too, as before they were separate. */
  contests: number;
  launch: number;
  /** The part of `moderation` that volunteers' shifts make up. */
  volunteerShifts: number;
}

export type LoadCategory = "content" | "events" | "moderation" | "review";

/** One thing that costs the team time, and who it falls to. */
export interface LoadItem {
  category: LoadCategory;
  /** What the item is, for people: a series' or event's id, a channel's id, a moderator's id, `review`. */
  label: string;
  path: PlanPath;
  /** Average hours a week over the estimate's weeks, unrounded. */
  hours: number;
  /** Hours in each of the estimate's weeks (see loadWeeks), unrounded. */
  weeks: number[];
  /** The item's `owner` as written, or for a moderator's shift the team member it names. */
  owner?: string;
  /** A moderator's shift names its member by id (`member:`), never by name. */
  ownerIsId?: boolean;
  /** A volunteer's moderation shift. */
  volunteer?: boolean;
  /** Sub-kind within `events`: a contest or a launch step. */
  kind?: "contest" | "launch";
}

export interface WeekLoad extends LoadEstimate {
  /** The week's Monday, YYYY-MM-DD. */
  monday: string;
}

export interface WeeklyLoad {
  weeks: LoadWeeks;
  /** Every week, in order. */
  perWeek: WeekLoad[];
  /** Average hours a week over the range (partial first and last weeks count by their days). */
  average: LoadEstimate;
  /** The week with the most hours (the first of equals). */
  worst: WeekLoad;
}

function pieceHours(format: Format, duration: string | undefined): number {
  const live = LIVE_FORMATS.has(format) ? durationMinutes(duration ?? "1h") / 60 : 0;
  return PREP_HOURS[format] + live + FOLLOW_UP_HOURS;
}

/** How many instalments a cadence produces per week on average. */
export function perWeek(cadence: Cadence): number {
  const interval = cadence.interval ?? 1;
  if (cadence.every === "week") return (cadence.weekdays?.length ?? 1) / interval;
  return 12 / 52 / interval;
}

function shiftMinutes(moderator: Moderator): number {
  const hours = moderator.hours ?? DEFAULT_SHIFT;
  let minutes = toMinutes(hours.end) - toMinutes(hours.start);
  if (minutes <= 0) minutes += 24 * 60;
  return minutes;
}

/** Hours a week a moderator is on duty: days × shift length (a shift past midnight wraps). */
export function shiftHoursPerWeek(moderator: Moderator): number {
  return ((moderator.hours?.days ?? DEFAULT_SHIFT.days).length * shiftMinutes(moderator)) / 60;
}

/** The team member a moderator is, named by `member:` (never guessed from the name, which may be someone else's). */
export function moderatorMember(members: readonly Member[] | undefined, moderator: Moderator): Member | undefined {
  return moderator.member === undefined ? undefined : members?.find((m) => m.id === moderator.member);
}

const DAY_MS = 86_400_000;
const MINUTE_MS = 60_000;

/**
 * The community-zone dates on which local dates at `time` in another zone fall. Numbers, not
 * strings: a daily series is 365 conversions, and lint runs this on every plan.
 */
function communityDates(plan: Plan, dates: string[], time: string, zone: string | undefined): string[] {
  const home = plan.community.timeZone;
  if (zone === undefined || zone === home || !isTimeZone(zone) || !isTimeZone(home)) return dates;
  const minutes = toMinutes(time);
  return dates.map((date) => {
    const wall = toDayNumber(date) * DAY_MS + minutes * MINUTE_MS;
    const instant = wall - utcOffsetMinutes(zone, wall) * MINUTE_MS;
    const homeWall = instant + utcOffsetMinutes(home, instant) * MINUTE_MS;
    const day = Math.floor(homeWall / DAY_MS);
    return day === toDayNumber(date) ? date : fromDayNumber(day);
  });
}

/** Hours per week of pieces of work on these dates, added to `out` when given; a date outside the weeks (or none) costs nothing. */
function atDates(weeks: LoadWeeks, dates: ReadonlyArray<string | undefined>, hours: number, out = weeks.mondays.map(() => 0)): number[] {
  for (const date of dates) {
    const week = date === undefined ? -1 : weekOf(weeks, date);
    if (week >= 0) out[week]! += hours;
  }
  return out;
}

/**
 * Every cost the plan asks for, item by item, per ISO week: series on the dates their cadence
 * falls on, events, contests and launch steps in their weeks, moderation and the review every
 * day. A moderator who names a team member with `member:` adds their shift hours on the
 * days they are on duty, except the member's `away` days; once any shift is known that way, the rota replaces the flat hours per
 * channel, which otherwise stand in for moderation nobody has planned.
 */
export function weeklyLoadItems(plan: Plan, today?: string): { weeks: LoadWeeks; items: LoadItem[] } {
  // team-capacity, member-load and the document each ask for the same plan: count it once.
  const cached = cache.get(plan);
  if (cached && cached.today === today) return cached.result;
  const result = countItems(plan, today);
  cache.set(plan, { today, result });
  return result;
}

const cache = new WeakMap<Plan, { today: string | undefined; result: { weeks: LoadWeeks; items: LoadItem[] } }>();

function countItems(plan: Plan, today: string | undefined): { weeks: LoadWeeks; items: LoadItem[] } {
  const weeks = loadWeeks(plan, today);
  const span = weeks.days.reduce((a, b) => a + b, 0) / 7;
  const items: LoadItem[] = [];
  const push = (item: Omit<LoadItem, "hours">) => items.push({ ...item, hours: item.weeks.reduce((a, b) => a + b, 0) / span });
  for (const entry of planItems(plan)) {
    const { item } = entry;
    const dates = communityDates(plan, itemDates(plan, entry, weeks.from, weeks.to), item.localTime, item.timeZone);
    const hours = pieceHours(item.format, item.duration);
    const [category, list] = entry.kind === "series" ? (["content", "series"] as const) : (["events", "events"] as const);
    push({ category, label: item.id, path: ["content", list, entry.index], weeks: atDates(weeks, dates, hours), owner: item.owner });
  }
  plan.engagement?.contests?.forEach((contest, i) => {
    const preparing = atDates(weeks, [contest.start], PREP_HOURS.contest + FOLLOW_UP_HOURS);
    push({ category: "events", kind: "contest", label: contest.id, path: ["engagement", "contests", i], weeks: atDates(weeks, [contest.end], CONTEST_END_HOURS, preparing) });
  });
  plan.launch?.steps?.forEach((step, i) =>
    push({ category: "events", kind: "launch", label: step.title, path: ["launch", "steps", i], weeks: atDates(weeks, [step.due ?? plan.launch?.date], LAUNCH_STEP_HOURS), owner: step.owner }),
  );
  const members = plan.community.team.members;
  let shiftsKnown = false;
  for (const [i, m] of (plan.moderation?.moderators ?? []).entries()) {
    // A shift that names a member counts for the team even when the member is misspelt
    // (references-resolve reports that); only a found volunteer's shift counts apart.
    if (m.member === undefined) continue;
    const member = moderatorMember(members, m);
    shiftsKnown = true;
    const days = new Set((m.hours?.days ?? DEFAULT_SHIFT.days).map((d) => WEEKDAYS.indexOf(d)));
    const hours = shiftMinutes(m) / 60;
    // A member who is away does not work their shifts: those days cost the team nothing.
    const away = (member?.away ?? []).filter((p) => isIsoDate(p.from) && isIsoDate(p.to)).map((p) => [toDayNumber(p.from), toDayNumber(p.to)] as const);
    const onDuty = (weekday: number, day: number) => days.has(weekday) && !away.some(([from, to]) => from <= day && day <= to);
    push({ category: "moderation", label: `${m.id} shift`, path: ["moderation", "moderators", i], weeks: dailyHours(weeks, (weekday, day) => (onDuty(weekday, day) ? hours : 0)), owner: m.member, ownerIsId: true, ...(member?.volunteer ? { volunteer: true } : {}) });
  }
  if (!shiftsKnown) {
    plan.channels.forEach((c, i) =>
      push({ category: "moderation", label: c.id, path: ["channels", i], weeks: dailyHours(weeks, () => MODERATION_HOURS_PER_CHANNEL / 7), owner: c.owner }),
    );
  }
  if (plan.review) {
    const perDay = REVIEW_HOURS_PER_WEEK[plan.review.cadence] / 7;
    push({ category: "review", label: "review", path: ["review"], weeks: dailyHours(weeks, () => perDay), owner: plan.review.owner });
  }
  // Items in plan order by section, as before: content, events, moderation, review.
  const order: LoadCategory[] = ["content", "events", "moderation", "review"];
  return { weeks, items: items.sort((a, b) => order.indexOf(a.category) - order.indexOf(b.category)) };
}

/** The items with their average hours a week: what lint and the document add up. */
export function loadItems(plan: Plan, today?: string): LoadItem[] {
  return weeklyLoadItems(plan, today).items;
}


interface Sums {
  content: number;
  events: number;
  moderation: number;
  review: number;
  contests: number;
  launch: number;
  volunteerShifts: number;
}

const emptySums = (): Sums => ({ content: 0, events: 0, moderation: 0, review: 0, contests: 0, launch: 0, volunteerShifts: 0 });

function addHours(sums: Sums, item: LoadItem, hours: number): void {
  sums[item.category] += hours;
  if (item.kind === "contest") sums.contests += hours;
  if (item.kind === "launch") sums.launch += hours;
  if (item.volunteer) sums.volunteerShifts += hours;
}

function rounded(sums: Sums): LoadEstimate {
  const total = sums.content + sums.events + sums.moderation + sums.review;
  return {
    content: roundToTenth(sums.content), events: roundToTenth(sums.events), moderation: roundToTenth(sums.moderation), review: roundToTenth(sums.review), total: roundToTenth(total),
    contests: roundToTenth(sums.contests), launch: roundToTenth(sums.launch), volunteerShifts: roundToTenth(sums.volunteerShifts),
  };
}

function sumItems(items: readonly LoadItem[], hoursOf: (item: LoadItem) => number): LoadEstimate {
  const sums = emptySums();
  for (const item of items) addHours(sums, item, hoursOf(item));
  return rounded(sums);
}

/** The one estimator, per week: every week's hours, their average and the worst week. */
export function weeklyLoad(plan: Plan, today?: string): WeeklyLoad {
  const { weeks, items } = weeklyLoadItems(plan, today);
  // One pass over the items, not one per week: a plan of 10,000 series has 520,000 item-weeks.
  const perWeekSums = weeks.mondays.map(emptySums);
  for (const item of items) {
    item.weeks.forEach((hours, w) => {
      if (hours !== 0) addHours(perWeekSums[w]!, item, hours);
    });
  }
  const perWeekLoad = weeks.mondays.map((monday, w) => ({ monday, ...rounded(perWeekSums[w]!) }));
  const worst = perWeekLoad.reduce((a, b) => (b.total > a.total ? b : a));
  return { weeks, perWeek: perWeekLoad, average: sumItems(items, (item) => item.hours), worst };
}

/** The team's average weekly hours the plan asks for, by category: the sum of loadItems. */
export function estimateWeeklyLoad(plan: Plan, today?: string): LoadEstimate {
  return sumItems(loadItems(plan, today), (item) => item.hours);
}
