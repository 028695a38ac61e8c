// Which channel reaches which persona, and why: the plan's `audience` lists, explained by the
// channel's purpose and by what the persona prefers (platform, communication style, language).
import type { Channel, Persona, Plan } from "../../plan/types.js";
import { formatList, languageName } from "../format.js";
import { channelAnswers } from "../../strategy/channel-needs.js";
import { channelDescription, enumLabel, platformName } from "./enum-labels.js";
import type { Labels } from "../labels/index.js";



export interface ChannelLink {
  persona: string;
  channel: string;
  purpose: string | null;
  reasons: string[];
}

export interface ChannelReasons {
  channel: string;
  description: string;
  purpose: string | null;
  owner: string | null;
  languages: string[];
  /** "Application developer: because of their pain point “Scattered documentation”; they already use Discourse". */
  personas: Array<{ persona: string; reason: string }>;
}

export interface ChannelMap {
  labels: { why: string; channel: string; purpose: string; whoAndWhy: string; runBy: string; languages: string };
  channels: Array<{ id: string; name: string; description: string }>;
  rows: Array<{ persona: string; cells: Array<{ channel: string; reached: boolean }>; reached: number }>;
  links: ChannelLink[];
  /** Per channel, its purpose said once and why each persona in its audience is sent there. */
  why: ChannelReasons[];
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

export function linkReasons(persona: Persona, channel: Channel, L: Labels): string[] {
  const W = L.channels;
  const reasons: string[] = [];
  if (persona.preferredPlatforms?.includes(channel.platform)) reasons.push(channel.kind === "newsletter" ? W.alreadyRead : W.alreadyUse(platformName(channel.platform, L)));
  const interaction = channelInteraction(channel);
  if (persona.communication && (persona.communication === interaction || persona.communication === "mixed")) {
    reasons.push(W.suits(enumLabel(L, "communication", interaction)!));
  }
  const shared = (channel.languages ?? []).filter((lang) => persona.languages.includes(lang));
  if (shared.length > 0) reasons.push(W.inLanguages(formatList(shared.map((lang) => languageName(lang, L.locale.tag)), L.locale.tag)));
  return reasons;
}

/** Why a persona is sent to a channel: the needs and pain points it answers first, then the fit. */
export function channelReason(persona: Persona, channel: Channel, L: Labels, oneLanguage = false): string {
  const W = L.channels;
  const list = (items: string[]) => formatList(items, L.locale.tag);
  const quoted = (texts: string[]) => list(texts.map(W.quote));
  const found = channelAnswers(persona, channel);
  const pains = found.filter((a) => a.kind === "painPoint").map((a) => a.text);
  const needs = found.filter((a) => a.kind === "need").map((a) => a.text);
  const answers = [...(pains.length > 0 ? [W.painPoints(quoted(pains), pains.length > 1)] : []), ...(needs.length > 0 ? [W.needs(quoted(needs), needs.length > 1)] : [])];
  const parts = answers.length > 0 ? [W.because(list(answers))] : [];
  // In a one-language community, "in English" on every line says nothing.
  const fit = linkReasons(persona, channel, L);
  parts.push(...(oneLanguage ? fit.filter((r) => !r.startsWith(W.inLanguages(""))) : fit));
  if (parts.length === 0) parts.push(channel.purpose ? W.forPurpose : W.noReason);
  return parts.join("; ");
}

export function buildChannelMap(plan: Plan, L: Labels): ChannelMap {
  const W = L.channels;
  const reaches = (channel: Channel, persona: Persona) => channel.audience?.includes(persona.id) ?? false;
  return {
    labels: { why: W.why, channel: W.channel, purpose: W.purpose, whoAndWhy: W.whoAndWhy, runBy: W.runBy, languages: W.languages },
    why: plan.channels.map((channel) => ({
      channel: channel.name,
      description: channelDescription(channel, L),
      purpose: channel.purpose ?? null,
      owner: channel.owner ?? null,
      languages: (channel.languages ?? []).map((lang) => languageName(lang, L.locale.tag)),
      personas: plan.personas.filter((p) => reaches(channel, p)).map((p) => ({ persona: p.name, reason: channelReason(p, channel, L, plan.community.languages.length <= 1) })),
    })),
    channels: plan.channels.map((c) => ({ id: c.id, name: c.name, description: channelDescription(c, L) })),
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
          reasons: linkReasons(persona, channel, L),
        })),
    ),
    unreached: plan.personas.filter((p) => !plan.channels.some((c) => reaches(c, p))).map((p) => p.name),
  };
}
