import type { Member, Plan } from "../plan/types.js";
import { loadItems, type LoadItem } from "./load-estimate.js";
import { memberForOwner } from "./member-for-owner.js";

export interface MemberLoad {
  member: Member;
  /** Estimated hours a week, rounded to a tenth. */
  hours: number;
  /** The items that make up those hours, in plan order. */
  items: LoadItem[];
}

/**
 * The shared estimate split by who carries it: each item goes to the member its owner names (by
 * id or name; a moderator's shift to its `member`). Items nobody on the team owns stay with the
 * team as a whole and are not in any member's share. Empty when the plan lists no members.
 */
export function memberLoads(plan: Plan): MemberLoad[] {
  const members = plan.community.team.members ?? [];
  const byId = new Map<string, LoadItem[]>(members.map((m) => [m.id, []]));
  for (const item of loadItems(plan)) {
    const member = item.ownerIsId ? members.find((m) => m.id === item.owner) : memberForOwner(members, item.owner);
    if (member) byId.get(member.id)!.push(item);
  }
  return members.map((member) => {
    const items = byId.get(member.id)!;
    const hours = Math.round(items.reduce((sum, item) => sum + item.hours, 0) * 10) / 10;
    return { member, hours, items };
  });
}
