// People and load: per member, what they own and the estimated hours a week against their hours,
// from the one estimator lint's team-capacity and member-load use.
import type { Plan } from "../../plan/types.js";
import type { LoadCategory, LoadItem } from "../../strategy/load-estimate.js";
import { memberLoads } from "../../strategy/member-load.js";
import { estimateWeeklyLoad } from "../../strategy/load-estimate.js";
import { formatNumber, formatPlanDate } from "../format.js";
import { loadItemName } from "./activity-names.js";
import type { PeopleView } from "./strategy-view-model.js";
import { roundToTenth } from "../../util/round-to-tenth.js";

/** Above this many hours a week a volunteer carries a staff-sized share (an assumption to argue with). */
export const VOLUNTEER_SUSTAINABLE_HOURS = 10;

/** Every fixed word of "People and load", in one place. */
export const PEOPLE_WORDS = {
  heading: "People and load",
  intro: "Estimated hours a week per member, from the same estimate lint's member-load checks.",
  columns: { member: "Member", owns: "Owns", needed: "Needed", available: "Has", judgement: "Judgement" },
  volunteer: "volunteer",
  item: {
    content: (name: string, hours: number) => `${name} (series, ${formatNumber(hours)} h)`,
    events: (name: string, hours: number) => `${name} (event, ${formatNumber(hours)} h)`,
    moderation: (name: string, hours: number) => `moderating ${name} (${formatNumber(hours)} h)`,
    shift: (_name: string, hours: number) => `moderation shifts (${formatNumber(hours)} h)`,
    review: (_name: string, hours: number) => `the review loop (${formatNumber(hours)} h)`,
  } satisfies Record<LoadCategory | "shift", (name: string, hours: number) => string>,
  launchStep: (title: string, due: string | null) => `${title} (launch step${due ? `, due ${due}` : ""})`,
  hours: (n: number) => `${formatNumber(n)} h`,
  over: (hours: number) => `over by ${formatNumber(hours)} h a week`,
  staffSized: (limit: number) => `a staff-sized share for a volunteer (over ${limit} h)`,
  nothing: "owns nothing in the plan yet",
  room: (hours: number) => `${formatNumber(hours)} h a week free`,
  fits: "fits",
  atLimit: "at the limit: no room for a sick week or a crisis",
  unowned: (hours: number) => `${formatNumber(hours)} hours a week of the estimate belong to nobody on the team by name; give each channel and series an owner.`,
} as const;

const W = PEOPLE_WORDS;

/** One line of what a member owns; a launch step is named with its due date rather than its few hours. */
function describeItem(plan: Plan, item: LoadItem): string {
  if (item.kind === "launch") {
    const step = plan.launch?.steps?.[Number(item.path[2])];
    const due = step?.due ?? plan.launch?.date;
    return W.launchStep(item.label, due ? formatPlanDate(due) : null);
  }
  return W.item[item.ownerIsId ? "shift" : item.category](loadItemName(plan, item), roundToTenth(item.hours));
}

export function buildPeople(plan: Plan): PeopleView | null {
  const members = plan.community.team.members ?? [];
  if (members.length === 0) return null;
  const loads = memberLoads(plan);
  const rows = loads.map(({ member, hours, items }) => {
    const owns = items.map((item) => describeItem(plan, item));
    const volunteer = member.volunteer ?? false;
    const notes: string[] = [];
    if (hours > member.hoursPerWeek) notes.push(W.over(roundToTenth(hours - member.hoursPerWeek)));
    if (volunteer && hours > VOLUNTEER_SUSTAINABLE_HOURS) notes.push(W.staffSized(VOLUNTEER_SUSTAINABLE_HOURS));
    if (owns.length === 0) notes.push(W.nothing);
    else if (notes.length === 0) {
      notes.push(hours <= member.hoursPerWeek / 2 ? W.room(roundToTenth(member.hoursPerWeek - hours)) : hours >= member.hoursPerWeek * 0.9 ? W.atLimit : W.fits);
    }
    return {
      name: member.name,
      role: member.role,
      volunteer: volunteer ? W.volunteer : null,
      owns,
      needed: W.hours(hours),
      available: W.hours(member.hoursPerWeek),
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
    unowned: unowned >= 0.5 ? W.unowned(unowned) : null,
  };
}
