// The names people know activities and load items by: a series' title rather than its id.
import type { Plan } from "../../plan/types.js";
import type { Activity } from "../../strategy/plan-activities.js";
import type { LoadItem } from "../../strategy/load-estimate.js";
import { enumLabel } from "./enum-labels.js";
import type { Labels } from "../labels/index.js";

/** The title or name the plan gives an activity; a gamification mechanic by its label. */
export function activityName(plan: Plan, activity: Activity, L: Labels): string {
  const index = activity.path[activity.path.length - 1] as number;
  switch (activity.kind) {
    case "series":
      return plan.content?.series?.[index]?.title ?? activity.id;
    case "events":
      return plan.content?.events?.[index]?.title ?? activity.id;
    case "contests":
      return plan.engagement?.contests?.[index]?.title ?? activity.id;
    case "recognition":
      return plan.engagement?.recognition?.[index]?.name ?? activity.id;
    case "tactics":
      return plan.engagement?.tactics?.[index]?.name ?? activity.id;
    case "gamification":
      return enumLabel(L, "mechanic", plan.engagement?.gamification?.[index]?.mechanic) ?? activity.id;
  }
}

/** A load item by the name of what it is: the series' title, the channel's name, the moderator's name. */
export function loadItemName(plan: Plan, item: LoadItem): string {
  const [section, list, index] = item.path as [string, string | number, number];
  if (section === "content" && list === "series") return plan.content?.series?.[index]?.title ?? item.label;
  if (section === "content" && list === "events") return plan.content?.events?.[index]?.title ?? item.label;
  if (section === "channels") return plan.channels[list as number]?.name ?? item.label;
  if (section === "moderation") return plan.moderation?.moderators[index]?.name ?? item.label;
  return item.label;
}
