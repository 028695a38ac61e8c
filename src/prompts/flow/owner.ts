// "Who owns this?": a pick from the team members. The answer is the member's id, the form the
// plan's owners take; an answers file may also give a member's name, in any case, as owners may.
import type { Member } from "../../plan/types.js";
import { memberForOwner } from "../../strategy/member-for-owner.js";
import { closest } from "../../util/closest.js";
import { fail, ok, type SelectQuestion } from "../question.js";

export function ownerQuestion(key: string, message: string, members: readonly Member[]): SelectQuestion<string> {
  return {
    kind: "select",
    key,
    message,
    default: members[0]!.id,
    choices: members.map((member) => ({ value: member.id, name: member.name, description: member.role })),
    parse(raw) {
      const member = typeof raw === "string" ? memberForOwner(members, raw) : undefined;
      if (member) return ok(member.id);
      const team = members.map((m) => m.id).join(", ");
      const near = typeof raw === "string" ? closest(raw, members.map((m) => m.id)) : undefined;
      return fail(near ? `"${String(raw)}" is not on the team; did you mean ${near}? The team: ${team}.` : `Pick a team member: ${team}.`);
    },
  };
}
