import type { PlanPath } from "../core/finding.js";
import type { Plan } from "../plan/types.js";

export interface OwnerField {
  owner: string;
  path: PlanPath;
}

/** Every `owner` the plan writes, with its path: targets, channels, series, events, launch steps, risks, the review. */
export function ownerFields(plan: Plan): OwnerField[] {
  const out: OwnerField[] = [];
  const each = (items: ReadonlyArray<{ owner?: string }> | undefined, path: PlanPath) =>
    items?.forEach((item, i) => {
      if (item.owner !== undefined) out.push({ owner: item.owner, path: [...path, i, "owner"] });
    });
  each(plan.targets, ["targets"]);
  each(plan.channels, ["channels"]);
  each(plan.content?.series, ["content", "series"]);
  each(plan.content?.events, ["content", "events"]);
  each(plan.launch?.steps, ["launch", "steps"]);
  each(plan.risks, ["risks"]);
  if (plan.review?.owner !== undefined) out.push({ owner: plan.review.owner, path: ["review", "owner"] });
  return out;
}
