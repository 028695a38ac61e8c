import type { PlanPath } from "../core/finding.js";
import type { Cadence, Format, Moderator, Plan } from "../plan/types.js";
import { LIVE_FORMATS } from "../calendar/audience.js";
import { durationMinutes, toMinutes } from "../time/civil-date.js";
import { DEFAULT_SHIFT } from "./moderation-coverage.js";

/**
 * Hours of preparation per piece of content, by format: a rough, documented estimate a team
 * can argue with. Live formats add the session itself (its duration, 1h when not given).
 */
export const PREP_HOURS: Readonly<Record<Format, number>> = {
  article: 3, tutorial: 4, "product-update": 1, "industry-news": 1, "user-generated": 0.5,
  "live-qa": 1, ama: 1, webinar: 3, workshop: 4, meetup: 6, hackathon: 16, livestream: 2,
  poll: 0.25, contest: 3, spotlight: 1, newsletter: 3, discussion: 0.5, video: 6, other: 1,
};
/** Weekly moderation and member care per channel, and per review by cadence. */
export const MODERATION_HOURS_PER_CHANNEL = 2;
export const REVIEW_HOURS_PER_WEEK = { weekly: 1.5, monthly: 0.5, quarterly: 0.25 } as const;
/** Every item, with its follow-up (answering comments, sharing a recording), costs half an hour more. */
export const FOLLOW_UP_HOURS = 0.5;

export interface LoadEstimate {
  content: number;
  events: number;
  moderation: number;
  review: number;
  total: number;
}

export type LoadCategory = "content" | "events" | "moderation" | "review";

/** One thing that costs the team time every week, and who it falls to. */
export interface LoadItem {
  category: LoadCategory;
  /** What the item is, for people: a series' or event's id, a channel's id, a moderator's id, `review`. */
  label: string;
  path: PlanPath;
  /** Average hours a week, unrounded. */
  hours: number;
  /** The item's `owner` as written, or for a moderator's shift the team member it names. */
  owner?: string;
  /** A moderator's shift names its member by id (`member:`), never by name. */
  ownerIsId?: boolean;
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

/** Hours a week a moderator is on duty: days × shift length (a shift past midnight wraps). */
export function shiftHoursPerWeek(moderator: Moderator): number {
  const hours = moderator.hours ?? DEFAULT_SHIFT;
  const days = hours.days ?? DEFAULT_SHIFT.days;
  let minutes = toMinutes(hours.end) - toMinutes(hours.start);
  if (minutes <= 0) minutes += 24 * 60;
  return (days.length * minutes) / 60;
}

/**
 * The one load estimator: every weekly cost the plan asks for, item by item, so totals (lint's
 * team-capacity) and shares per member (member-load, the document) add up the same numbers.
 * One-off events are spread over the plan's weeks. A moderator who names a team member with
 * `member:` adds their shift hours, because a rota someone staffs is time they do not have for
 * anything else; unlinked moderators stay inside the flat hours per channel, as before members.
 */
export function loadItems(plan: Plan): LoadItem[] {
  const items: LoadItem[] = [];
  const weeks = horizonWeeks(plan);
  plan.content?.series?.forEach((s, i) =>
    items.push({ category: "content", label: s.id, path: ["content", "series", i], hours: perWeek(s.cadence) * pieceHours(s.format, s.duration), owner: s.owner }),
  );
  plan.content?.events?.forEach((e, i) =>
    items.push({ category: "events", label: e.id, path: ["content", "events", i], hours: pieceHours(e.format, e.duration) / weeks, owner: e.owner }),
  );
  plan.channels.forEach((c, i) =>
    items.push({ category: "moderation", label: c.id, path: ["channels", i], hours: MODERATION_HOURS_PER_CHANNEL, owner: c.owner }),
  );
  plan.moderation?.moderators.forEach((m, i) => {
    if (m.member !== undefined) {
      items.push({ category: "moderation", label: `${m.id} shift`, path: ["moderation", "moderators", i], hours: shiftHoursPerWeek(m), owner: m.member, ownerIsId: true });
    }
  });
  if (plan.review) items.push({ category: "review", label: "review", path: ["review"], hours: REVIEW_HOURS_PER_WEEK[plan.review.cadence], owner: plan.review.owner });
  return items;
}

const round = (n: number) => Math.round(n * 10) / 10;

/** The team's weekly hours the plan asks for, by category: the sum of loadItems. */
export function estimateWeeklyLoad(plan: Plan): LoadEstimate {
  const sums: Record<LoadCategory, number> = { content: 0, events: 0, moderation: 0, review: 0 };
  for (const item of loadItems(plan)) sums[item.category] += item.hours;
  const total = sums.content + sums.events + sums.moderation + sums.review;
  return { content: round(sums.content), events: round(sums.events), moderation: round(sums.moderation), review: round(sums.review), total: round(total) };
}

function horizonWeeks(plan: Plan): number {
  const start = Date.parse(plan.horizon?.start ?? "");
  const end = Date.parse(plan.horizon?.end ?? "");
  if (Number.isNaN(start) || Number.isNaN(end) || end < start) return 52;
  return Math.max(1, (end - start) / (7 * 24 * 3600 * 1000));
}
