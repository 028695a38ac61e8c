// Which channel reaches which persona, and why: the plan's `audience` lists, explained by the
// channel's purpose and by what the persona prefers (platform, communication style, language).
import type { Channel, Persona, Plan } from "../../plan/types.js";
import { formatList, languageName } from "../format.js";
import { channelDescription, enumLabel, platformName } from "./enum-labels.js";

export interface ChannelLink {
  persona: string;
  channel: string;
  purpose: string | null;
  reasons: string[];
}

export interface ChannelMap {
  channels: Array<{ id: string; name: string; description: string }>;
  rows: Array<{ persona: string; cells: Array<{ channel: string; reached: boolean }>; reached: number }>;
  links: ChannelLink[];
  /** Personas no channel reaches: a gap the document should show, not hide. */
  unreached: string[];
}

const asyncKinds = new Set(["forum", "newsletter", "social-group", "community-platform", "video"]);

/** A channel's interaction style: stated, or what its kind usually is. */
export function channelInteraction(channel: Channel): "async" | "real-time" | "mixed" {
  if (channel.interaction) return channel.interaction;
  if (asyncKinds.has(channel.kind)) return "async";
  return channel.kind === "in-app" ? "mixed" : "real-time";
}

export function linkReasons(persona: Persona, channel: Channel): string[] {
  const reasons: string[] = [];
  if (persona.preferredPlatforms?.includes(channel.platform)) reasons.push(`they already use ${platformName(channel.platform)}`);
  const interaction = channelInteraction(channel);
  if (persona.communication && (persona.communication === interaction || persona.communication === "mixed")) {
    reasons.push(`${enumLabel("communication", interaction)!.toLowerCase()}, which suits them`);
  }
  const shared = (channel.languages ?? []).filter((lang) => persona.languages.includes(lang));
  if (shared.length > 0) reasons.push(`in ${formatList(shared.map((lang) => languageName(lang)))}`);
  return reasons;
}

export function buildChannelMap(plan: Plan): ChannelMap {
  const reaches = (channel: Channel, persona: Persona) => channel.audience?.includes(persona.id) ?? false;
  return {
    channels: plan.channels.map((c) => ({ id: c.id, name: c.name, description: channelDescription(c) })),
    rows: plan.personas.map((persona) => ({
      persona: persona.name,
      cells: plan.channels.map((channel) => ({ channel: channel.name, reached: reaches(channel, persona) })),
      reached: plan.channels.filter((channel) => reaches(channel, persona)).length,
    })),
    links: plan.personas.flatMap((persona) =>
      plan.channels
        .filter((channel) => reaches(channel, persona))
        .map((channel) => ({
          persona: persona.name,
          channel: channel.name,
          purpose: channel.purpose ?? null,
          reasons: linkReasons(persona, channel),
        })),
    ),
    unreached: plan.personas.filter((p) => !plan.channels.some((c) => reaches(c, p))).map((p) => p.name),
  };
}
