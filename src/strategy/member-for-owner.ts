import type { Member } from "../plan/types.js";

const normalise = (text: string) => text.trim().toLowerCase();

/**
 * The team member an owner names: by id or by name, regardless of case and surrounding spaces,
 * because people write "Sam" or "Sam de Vries" where the id is `sam`. An id wins over a name.
 * Undefined when nobody matches.
 */
export function memberForOwner(members: readonly Member[] | undefined, owner: string | undefined): Member | undefined {
  if (!members || owner === undefined) return undefined;
  const wanted = normalise(owner);
  return members.find((m) => m.id === wanted) ?? members.find((m) => normalise(m.name) === wanted);
}
