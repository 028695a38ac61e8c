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

/**
 * The channels whose audience lists each persona id, in plan order. Built once, so finding a
 * persona's channels costs a lookup rather than a scan of every channel's audience.
 */
export function channelsByAudience(channels: readonly Channel[]): ReadonlyMap<string, readonly Channel[]> {
  const byPersona = new Map<string, Channel[]>();
  for (const channel of channels) {
    // An audience that lists a persona twice still counts the channel once.
    for (const persona of new Set(channel.audience)) {
      const serving = byPersona.get(persona);
      if (serving) serving.push(channel);
      else byPersona.set(persona, [channel]);
    }
  }
  return byPersona;
}
