import type { Member, Plan } from "../plan/types.js";
import { weeklyLoadItems, type LoadItem } from "./load-estimate.js";
import { memberForOwner } from "./member-for-owner.js";
import { roundToTenth } from "../util/round-to-tenth.js";

export interface MemberLoad {
  member: Member;
  /** Estimated average hours a week, rounded to a tenth. */
  hours: number;
  /** The items that make up those hours, in plan order. */
  items: LoadItem[];
  /** The member's busiest ISO week (its Monday) and its hours, rounded to a tenth. */
  worstWeek: { monday: string; hours: number };
}


/**
 * The shared estimate split by who carries it: each item goes to the member its owner names (by
 * id or name; a moderator's shift to its member). Items nobody on the team owns stay with the
 * team as a whole and are not in any member's share. Empty when the plan lists no members.
 */
export function memberLoads(plan: Plan, today?: string): MemberLoad[] {
  const members = plan.community.team.members ?? [];
  if (members.length === 0) return [];
  const { weeks, items: all } = weeklyLoadItems(plan, today);
  const byId = new Map<string, LoadItem[]>(members.map((m) => [m.id, []]));
  for (const item of all) {
    const member = item.ownerIsId ? members.find((m) => m.id === item.owner) : memberForOwner(members, item.owner);
    if (member) byId.get(member.id)!.push(item);
  }
  return members.map((member) => {
    const items = byId.get(member.id)!;
    const hours = roundToTenth(items.reduce((sum, item) => sum + item.hours, 0));
    let worstWeek = { monday: weeks.mondays[0]!, hours: 0 };
    weeks.mondays.forEach((monday, w) => {
      const week = items.reduce((sum, item) => sum + item.weeks[w]!, 0);
      if (roundToTenth(week) > worstWeek.hours) worstWeek = { monday, hours: roundToTenth(week) };
    });
    return { member, hours, items, worstWeek };
  });
}
