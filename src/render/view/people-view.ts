// People and load: per member, what they own and the estimated hours a week against their hours,
// from the one estimator lint's team-capacity and member-load use.
import type { Plan } from "../../plan/types.js";
import type { LoadItem } from "../../strategy/load-estimate.js";
import { memberLoads } from "../../strategy/member-load.js";
import { estimateWeeklyLoad } from "../../strategy/load-estimate.js";
import { formatNumber, formatPlanDate } from "../format.js";
import { loadItemName } from "./activity-names.js";
import type { PeopleView } from "./strategy-view-model.js";
import type { Labels } from "../labels/index.js";
import { roundToTenth } from "../../util/round-to-tenth.js";

/** Above this many hours a week a volunteer carries a staff-sized share (an assumption to argue with). */
export const VOLUNTEER_SUSTAINABLE_HOURS = 10;



/** One line of what a member owns; a launch step is named with its due date rather than its few hours. */
function describeItem(plan: Plan, item: LoadItem, L: Labels): string {
  const W = L.people;
  if (item.kind === "launch") {
    const step = plan.launch?.steps?.[Number(item.path[2])];
    const due = step?.due ?? plan.launch?.date;
    return W.launchStep(item.label, due ? formatPlanDate(due, L.locale.tag) : null);
  }
  return W.item[item.ownerIsId ? "shift" : item.category](loadItemName(plan, item), formatNumber(roundToTenth(item.hours), undefined, L.locale.tag));
}

export function buildPeople(plan: Plan, L: Labels): PeopleView | null {
  const W = L.people;
  const n = (value: number) => formatNumber(value, undefined, L.locale.tag);
  const members = plan.community.team.members ?? [];
  if (members.length === 0) return null;
  const loads = memberLoads(plan);
  const rows = loads.map(({ member, hours, items }) => {
    const owns = items.map((item) => describeItem(plan, item, L));
    const volunteer = member.volunteer ?? false;
    const notes: string[] = [];
    if (hours > member.hoursPerWeek) notes.push(W.over(n(roundToTenth(hours - member.hoursPerWeek))));
    if (volunteer && hours > VOLUNTEER_SUSTAINABLE_HOURS) notes.push(W.staffSized(VOLUNTEER_SUSTAINABLE_HOURS));
    if (owns.length === 0) notes.push(W.nothing);
    else if (notes.length === 0) {
      notes.push(hours <= member.hoursPerWeek / 2 ? W.room(n(roundToTenth(member.hoursPerWeek - hours))) : hours >= member.hoursPerWeek * 0.9 ? W.atLimit : W.fits);
    }
    return {
      name: member.name,
      role: member.role,
      volunteer: volunteer ? W.volunteer : null,
      owns,
      needed: W.hours(n(hours)),
      available: W.hours(n(member.hoursPerWeek)),
      over: hours > member.hoursPerWeek,
      judgement: notes.join("; "),
    };
  });
  const unowned = roundToTenth(estimateWeeklyLoad(plan).total - loads.reduce((sum, l) => sum + l.hours, 0));
  return {
    heading: W.heading,
    intro: W.intro,
    columns: W.columns,
    members: rows,
    unowned: unowned >= 0.5 ? W.unowned(n(unowned)) : null,
  };
}
