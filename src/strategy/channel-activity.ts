import type { Plan } from "../plan/types.js";

/**
 * The ids of channels something in the plan feeds: a series, an event, a target measured there
 * (in a plan with one channel, any target),
 * or a contest or tactic (recognition included) that names it in `channels`.
 */
export function activeChannelIds(plan: Plan): Set<string> {
  const ids = new Set<string>();
  for (const item of [...(plan.content?.series ?? []), ...(plan.content?.events ?? [])]) ids.add(item.channel);
  // With one channel, a target that names none can only be measured there.
  const only = plan.channels.length === 1 ? plan.channels[0]!.id : undefined;
  for (const target of plan.targets) {
    const channel = target.channel ?? only;
    if (channel !== undefined) ids.add(channel);
  }
  const engagement = plan.engagement;
  for (const named of [...(engagement?.contests ?? []), ...(engagement?.tactics ?? []), ...(engagement?.recognition ?? [])]) {
    named.channels?.forEach((id) => ids.add(id));
  }
  return ids;
}
