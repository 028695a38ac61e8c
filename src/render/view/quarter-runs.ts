// What runs in a quarter, per activity: the calendar's occurrences of series and events, and the
// contests whose run overlaps it. Ongoing tactics (badges, recognition) have no dates to count.
import type { Calendar } from "../../calendar/entries.js";
import type { Plan } from "../../plan/types.js";
import { planActivities, type Activity } from "../../strategy/plan-activities.js";

export interface QuarterRuns {
  label: string;
  /** Occurrences per activity in the quarter, activities with none left out, in plan order. */
  runs: Array<{ activity: Activity; count: number }>;
}

export function quarterRuns(plan: Plan, calendar: Calendar): QuarterRuns {
  const counts = new Map<string, number>();
  for (const entry of calendar.entries) {
    const key = `${entry.kind === "series" ? "series" : "events"}:${entry.id}`;
    counts.set(key, (counts.get(key) ?? 0) + 1);
  }
  const { from, to } = calendar.range;
  for (const contest of plan.engagement?.contests ?? []) {
    if (contest.start !== undefined && contest.start <= to && (contest.end ?? contest.start) >= from) counts.set(`contests:${contest.id}`, 1);
  }
  const runs = planActivities(plan)
    .map((activity) => ({ activity, count: counts.get(`${activity.kind}:${activity.id}`) ?? 0 }))
    .filter((run) => run.count > 0);
  return { label: calendar.range.label, runs };
}
