// The member journey: levels from first contact to leadership, the activities that invite members
// up, the target that counts each level, and the steps nothing moves members across.
import type { Plan } from "../../plan/types.js";
import { activitiesById } from "../../strategy/activities-by-id.js";
import { planActivities } from "../../strategy/plan-activities.js";
import { formatList } from "../format.js";
import { journeyMermaid } from "../diagrams/journey-mermaid.js";
import { journeySvg } from "../diagrams/journey-svg.js";
import { activityName } from "./activity-names.js";
import { targetHeadline, type TargetView } from "./targets.js";
import type { JourneyLevelView, JourneyView } from "./strategy-view-model.js";
import type { Labels } from "../labels/index.js";



export function buildJourney(plan: Plan, targets: readonly TargetView[], L: Labels): JourneyView | null {
  const W = L.journey;
  const levels = plan.journey?.levels ?? [];
  if (levels.length === 0) return null;
  const byId = activitiesById(planActivities(plan));
  const views: JourneyLevelView[] = levels.map((level, i) => {
    const target = level.target === undefined ? undefined : targets.find((t) => t.id === level.target);
    const last = i === levels.length - 1;
    return {
      name: level.name,
      description: level.description,
      moveUp: last ? [] : level.moveUp.map((id) => {
        const matches = byId.get(id);
        return matches?.length === 1 ? activityName(plan, matches[0]!, L) : id;
      }),
      target: target ? W.targetLine(target.metricName, targetHeadline(target, L)) : null,
      last,
    };
  });
  const gaps = views.slice(0, -1).flatMap((level, i) => (level.moveUp.length === 0 ? [W.stuck(level.name, views[i + 1]!.name)] : []));
  if (views.every((level) => level.target === null)) gaps.push(W.uncounted);
  const stepLabel = (level: JourneyLevelView) => (level.moveUp.length > 0 ? formatList(level.moveUp, L.locale.tag) : W.nothingYet);
  return {
    heading: W.heading,
    intro: W.intro,
    labels: { movesUp: W.movesUp, target: W.target },
    levels: views,
    gaps,
    mermaid: journeyMermaid(views, stepLabel),
    svg: journeySvg(views, stepLabel, W.diagramLabel),
  };
}
