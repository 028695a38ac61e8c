import type { Channel, Persona } from "../plan/types.js";

export type Interaction = "async" | "real-time" | "mixed";

/** A channel's interaction style; when left out, chat is mixed, live events real-time, the rest async. */
export function channelInteraction(channel: Channel): Interaction {
  if (channel.interaction) return channel.interaction;
  if (channel.kind === "chat") return "mixed";
  if (channel.kind === "live-events") return "real-time";
  return "async";
}

/** Whether the persona names this channel's platform, kind or id among the places it prefers. */
export function prefers(persona: Persona, channel: Channel): boolean {
  const wanted = new Set((persona.preferredPlatforms ?? []).map((p) => p.toLowerCase()));
  return [channel.platform, channel.kind, channel.id].some((name) => wanted.has(name.toLowerCase()));
}

export function serves(channel: Channel, persona: Persona): boolean {
  return channel.audience?.includes(persona.id) ?? false;
}
