// Names for the schema's closed sets, in the document's language (labels/<lang>.ts, `enums`).
import type { Labels } from "../labels/index.js";

export type EnumName = Exclude<keyof Labels["enums"], "inApp">;

/** The name of an enum value; an unknown value (a newer schema) is humanised instead. */
export function enumLabel(L: Labels, set: EnumName, value: string | undefined): string | null {
  if (value === undefined) return null;
  const names = L.enums[set] as Readonly<Record<string, string>>;
  return Object.hasOwn(names, value) ? names[value]! : humanize(value);
}

/**
 * A metric or qualitative signal (`monthly-active-members`, `member-feedback`) as the document
 * names it: a well-known id in the document's language (labels `metricNames`), any other id, the
 * plan author's own, humanised as written.
 */
export function metricName(L: Labels, id: string): string {
  return knownName(L.metricNames, id);
}

/** A way of asking members (`review.feedback`: `survey`, `feedback-thread`), likewise. */
export function feedbackName(L: Labels, id: string): string {
  return knownName(L.feedbackMethods, id);
}

function knownName(names: Readonly<Record<string, string>>, id: string): string {
  const key = id.trim().toLowerCase();
  return Object.hasOwn(names, key) ? names[key]! : humanize(id);
}

/** `weekly-active-members` → `Weekly active members`. */
export function humanize(id: string): string {
  const words = id.replace(/[-_]+/g, " ").trim();
  return words.charAt(0).toUpperCase() + words.slice(1);
}

const platforms: Record<string, string> = {
  github: "GitHub", linkedin: "LinkedIn", youtube: "YouTube", tiktok: "TikTok", x: "X", phpbb: "phpBB",
  vbulletin: "vBulletin", whatsapp: "WhatsApp", "mighty-networks": "Mighty Networks",
};

/** `discourse` → `Discourse`, `github` → `GitHub`: names, the same in every language but "in-app". */
export function platformName(platform: string, L: Labels): string {
  const key = platform.toLowerCase();
  if (key === "in-app") return L.enums.inApp;
  // A platform named by a kind of channel ("newsletter") is that kind, in the document's words.
  if (Object.hasOwn(L.enums.channelKind, key)) return L.enums.channelKind[key as keyof Labels["enums"]["channelKind"]];
  return platforms[key] ?? humanize(platform);
}

/** "Forum on Discourse", or just "Newsletter" when the platform only repeats the kind. */
export function channelDescription(channel: { kind: string; platform: string }, L: Labels): string {
  const kind = enumLabel(L, "channelKind", channel.kind)!;
  const platform = platformName(channel.platform, L);
  return kind.toLowerCase() === platform.toLowerCase() || channel.platform.toLowerCase() === channel.kind ? kind : L.channels.on(kind, platform);
}
