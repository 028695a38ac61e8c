// Whether the moderators who stay keep the response-time promise while a moderating member is away.
import type { PlanPath } from "../core/finding.js";
import type { Member, Moderator, Plan } from "../plan/types.js";
import { addDays, eachDay, toMinutes, weekdayIndex, WEEKDAYS } from "../time/civil-date.js";
import { isIsoDate } from "../time/dates.js";
import { resolveLocal } from "../time/zoned-time.js";
import { isTimeZone } from "../time/zone-names.js";
import { DEFAULT_SHIFT } from "./moderation-coverage.js";

const MINUTE = 60_000;
/** Days of ordinary rota on each side of a period, so a gap that starts before it is measured whole. */
const MARGIN_DAYS = 7;

export interface AwayShortfall {
  /** The away period in the plan: `community.team.members[i].away[j]`. */
  path: PlanPath;
  member: Member;
  from: string;
  to: string;
  /** The longest stretch without any moderator that overlaps the period, in minutes, and where it starts. */
  gap: { minutes: number; startsAtMs: number };
  /** Languages the away member moderates in that no moderator covers on some day of the period. */
  uncoveredLanguages: string[];
  /** Whether any moderator is on duty at all during the period. */
  anyoneLeft: boolean;
}

const isAway = (member: Member | undefined, date: string) => member?.away?.some((p) => p.from <= date && date <= p.to) === true;

/** The moderator's shifts on real dates from `from` to `to`, leaving out the days their member is away, as [start, end) epoch ms. */
function dutyIntervals(moderator: Moderator, member: Member | undefined, from: string, to: string): Array<[number, number]> {
  const hours = moderator.hours ?? DEFAULT_SHIFT;
  const days = new Set((hours.days ?? DEFAULT_SHIFT.days).map((d) => WEEKDAYS.indexOf(d)));
  const overnight = toMinutes(hours.end) <= toMinutes(hours.start);
  const out: Array<[number, number]> = [];
  for (const date of eachDay(from, to)) {
    if (!days.has(weekdayIndex(date)) || isAway(member, date)) continue;
    out.push([resolveLocal(date, hours.start, moderator.timeZone).epochMs, resolveLocal(overnight ? addDays(date, 1) : date, hours.end, moderator.timeZone).epochMs]);
  }
  return out;
}

/** The longest uncovered stretch inside [windowStart, windowEnd) that overlaps [periodStart, periodEnd). */
function longestGap(intervals: Array<[number, number]>, window: [number, number], period: [number, number]): { minutes: number; startsAtMs: number } {
  const sorted = [...intervals].sort((a, b) => a[0] - b[0]);
  let best = { minutes: 0, startsAtMs: period[0] };
  let coveredUntil = window[0];
  const consider = (gapStart: number, gapEnd: number) => {
    if (gapEnd <= gapStart || gapEnd <= period[0] || gapStart >= period[1]) return;
    const minutes = (gapEnd - gapStart) / MINUTE;
    if (minutes > best.minutes) best = { minutes, startsAtMs: gapStart };
  };
  for (const [start, end] of sorted) {
    consider(coveredUntil, start);
    coveredUntil = Math.max(coveredUntil, end);
  }
  consider(coveredUntil, window[1]);
  return best;
}

/**
 * Every away period of a member who moderates (a moderator names them with `member:`), with the
 * longest gap in moderation during it and the languages left without a moderator. Other members'
 * overlapping periods count too. Dates of the period are the community's days.
 */
export function awayShortfalls(plan: Plan): AwayShortfall[] {
  const moderators = plan.moderation?.moderators ?? [];
  const members = plan.community.team.members ?? [];
  const home = plan.community.timeZone;
  if (!isTimeZone(home) || !moderators.every((m) => isTimeZone(m.timeZone))) return [];
  const memberOf = (m: Moderator) => (m.member === undefined ? undefined : members.find((x) => x.id === m.member));
  const out: AwayShortfall[] = [];
  members.forEach((member, i) => {
    const own = moderators.filter((m) => m.member === member.id);
    if (own.length === 0) return;
    member.away?.forEach((period, j) => {
      if (!isIsoDate(period.from) || !isIsoDate(period.to) || period.to < period.from) return;
      const first = addDays(period.from, -MARGIN_DAYS);
      const last = addDays(period.to, MARGIN_DAYS);
      const intervals = moderators.flatMap((m) => dutyIntervals(m, memberOf(m), first, last));
      const window: [number, number] = [resolveLocal(first, "00:00", home).epochMs, resolveLocal(addDays(last, 1), "00:00", home).epochMs];
      const span: [number, number] = [resolveLocal(period.from, "00:00", home).epochMs, resolveLocal(addDays(period.to, 1), "00:00", home).epochMs];
      const languages = [...new Set(own.flatMap((m) => m.languages))];
      const uncoveredLanguages = languages.filter((language) =>
        [...eachDay(period.from, period.to)].some((date) => !moderators.some((m) => m.languages.includes(language) && !isAway(memberOf(m), date))),
      );
      out.push({
        path: ["community", "team", "members", i, "away", j],
        member,
        from: period.from,
        to: period.to,
        gap: longestGap(intervals, window, span),
        uncoveredLanguages,
        anyoneLeft: intervals.some(([start, end]) => end > span[0] && start < span[1]),
      });
    });
  });
  return out;
}
