import type { Member } from "../plan/types.js";

const normalise = (text: string) => text.trim().toLowerCase();

/**
 * The team member an owner names: by id exactly, or by name regardless of case and surrounding
 * spaces, because people write "Sam de Vries" where the id is `sam`. Undefined when nobody matches.
 */
export function memberForOwner(members: readonly Member[] | undefined, owner: string | undefined): Member | undefined {
  if (!members || owner === undefined) return undefined;
  return members.find((m) => m.id === owner) ?? members.find((m) => normalise(m.name) === normalise(owner));
}
