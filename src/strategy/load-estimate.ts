import type { Cadence, Format, Plan } from "../plan/types.js";
import { LIVE_FORMATS } from "../calendar/audience.js";
import { durationMinutes } from "../time/civil-date.js";

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

/** The team's weekly hours the plan asks for. One-off events are spread over the plan's weeks. */
export function estimateWeeklyLoad(plan: Plan): LoadEstimate {
  const content = (plan.content?.series ?? []).reduce((sum, s) => sum + perWeek(s.cadence) * pieceHours(s.format, s.duration), 0);
  const eventHours = (plan.content?.events ?? []).reduce((sum, e) => sum + pieceHours(e.format, e.duration), 0);
  const events = eventHours / horizonWeeks(plan);
  const moderation = plan.channels.length * MODERATION_HOURS_PER_CHANNEL;
  const review = plan.review ? REVIEW_HOURS_PER_WEEK[plan.review.cadence] : 0;
  const round = (n: number) => Math.round(n * 10) / 10;
  return { content: round(content), events: round(events), moderation: round(moderation), review: round(review), total: round(content + events + moderation + review) };
}

function horizonWeeks(plan: Plan): number {
  const start = Date.parse(plan.horizon?.start ?? "");
  const end = Date.parse(plan.horizon?.end ?? "");
  if (Number.isNaN(start) || Number.isNaN(end) || end < start) return 52;
  return Math.max(1, (end - start) / (7 * 24 * 3600 * 1000));
}
