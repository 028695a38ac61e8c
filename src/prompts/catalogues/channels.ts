// Platforms a community commonly meets on. `interaction` is how conversation flows there;
// `languageSpaces` says whether one place can hold separate spaces per language (categories,
// channels, groups), which matters when the community speaks more than one.
import type { Channel } from "../../plan/types.js";

export interface PlatformTemplate {
  platform: string;
  label: string;
  /** Follows the community's name in the channel's name: "Lattice forum", "Lattice Discord". */
  suffix: string;
  kind: Channel["kind"];
  interaction: "async" | "real-time" | "mixed";
  languageSpaces: boolean;
}

export const platformCatalogue: readonly PlatformTemplate[] = [
  { platform: "discourse", suffix: "forum", label: "Discourse forum", kind: "forum", interaction: "async", languageSpaces: true },
  { platform: "discord", suffix: "Discord", label: "Discord server", kind: "chat", interaction: "mixed", languageSpaces: true },
  { platform: "slack", suffix: "Slack", label: "Slack workspace", kind: "chat", interaction: "mixed", languageSpaces: true },
  { platform: "circle", suffix: "on Circle", label: "Circle community", kind: "community-platform", interaction: "async", languageSpaces: true },
  { platform: "mighty-networks", suffix: "on Mighty Networks", label: "Mighty Networks", kind: "community-platform", interaction: "async", languageSpaces: true },
  { platform: "linkedin", suffix: "LinkedIn group", label: "LinkedIn group", kind: "social-group", interaction: "async", languageSpaces: false },
  { platform: "facebook", suffix: "Facebook group", label: "Facebook group", kind: "social-group", interaction: "async", languageSpaces: false },
  { platform: "reddit", suffix: "subreddit", label: "Subreddit", kind: "social-group", interaction: "async", languageSpaces: false },
  { platform: "newsletter", suffix: "newsletter", label: "E-mail newsletter", kind: "newsletter", interaction: "async", languageSpaces: true },
  { platform: "youtube", suffix: "YouTube channel", label: "YouTube channel", kind: "video", interaction: "async", languageSpaces: false },
  { platform: "in-app", suffix: "in-app community", label: "In-app community", kind: "in-app", interaction: "async", languageSpaces: true },
  // Meeting in person is a kind of activity, not the website Meetup: that platform is `meetup`,
  // and only when the person names it.
  { platform: "in-person", suffix: "meetups", label: "Live meetups and events", kind: "live-events", interaction: "real-time", languageSpaces: true },
];

export const platformByName = new Map(platformCatalogue.map((item) => [item.platform, item]));

/** How a channel of this kind behaves when the plan does not say (the schema's documented default). */
export function defaultInteraction(kind: Channel["kind"]): "async" | "real-time" | "mixed" {
  return kind === "chat" ? "mixed" : kind === "live-events" ? "real-time" : "async";
}
