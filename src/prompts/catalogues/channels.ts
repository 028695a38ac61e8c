// Platforms a community commonly meets on. `interaction` is how conversation flows there;
// `languageSpaces` says whether one place can hold separate spaces per language (categories,
// channels, groups), which matters when the community speaks more than one.
import type { Channel } from "../../plan/types.js";

export interface PlatformTemplate {
  platform: string;
  label: string;
  kind: Channel["kind"];
  interaction: "async" | "real-time" | "mixed";
  languageSpaces: boolean;
}

export const platformCatalogue: readonly PlatformTemplate[] = [
  { platform: "discourse", label: "Discourse forum", kind: "forum", interaction: "async", languageSpaces: true },
  { platform: "discord", label: "Discord server", kind: "chat", interaction: "mixed", languageSpaces: true },
  { platform: "slack", label: "Slack workspace", kind: "chat", interaction: "mixed", languageSpaces: true },
  { platform: "circle", label: "Circle community", kind: "community-platform", interaction: "async", languageSpaces: true },
  { platform: "mighty-networks", label: "Mighty Networks", kind: "community-platform", interaction: "async", languageSpaces: true },
  { platform: "linkedin", label: "LinkedIn group", kind: "social-group", interaction: "async", languageSpaces: false },
  { platform: "facebook", label: "Facebook group", kind: "social-group", interaction: "async", languageSpaces: false },
  { platform: "reddit", label: "Subreddit", kind: "social-group", interaction: "async", languageSpaces: false },
  { platform: "newsletter", label: "E-mail newsletter", kind: "newsletter", interaction: "async", languageSpaces: true },
  { platform: "youtube", label: "YouTube channel", kind: "video", interaction: "async", languageSpaces: false },
  { platform: "in-app", label: "In-app community", kind: "in-app", interaction: "async", languageSpaces: true },
  { platform: "meetup", label: "Live meetups and events", kind: "live-events", interaction: "real-time", languageSpaces: true },
];

export const platformByName = new Map(platformCatalogue.map((item) => [item.platform, item]));

/** How a channel of this kind behaves when the plan does not say (the schema's documented default). */
export function defaultInteraction(kind: Channel["kind"]): "async" | "real-time" | "mixed" {
  return kind === "chat" ? "mixed" : kind === "live-events" ? "real-time" : "async";
}
