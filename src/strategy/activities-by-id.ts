import type { Activity } from "./plan-activities.js";

/**
 * Activities by id across every section. Ids are unique only within a section, so one id can
 * name a series and an event at once; callers treat more than one match as ambiguous.
 */
export function activitiesById(activities: readonly Activity[]): Map<string, Activity[]> {
  const byId = new Map<string, Activity[]>();
  for (const activity of activities) {
    const same = byId.get(activity.id);
    if (same) same.push(activity);
    else byId.set(activity.id, [activity]);
  }
  return byId;
}
