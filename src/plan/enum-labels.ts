// English names for the schema's closed sets, as the wizard shows them; the English documents
// take the same names (render/labels/en.ts, `enums`), so there is one English table.
const labels = {
  kind: {
    owned: "Owned by the organisation",
    "member-started": "Started by its members",
    "joining-existing": "An existing community we join",
  },
  category: {
    engagement: "Engagement",
    support: "Support and peer help",
    feedback: "Product feedback",
    awareness: "Brand awareness",
    leads: "Leads and sales",
    retention: "Loyalty and retention",
    advocacy: "Advocacy",
    other: "Other",
  },
  communication: { async: "Asynchronous", "real-time": "Real-time", mixed: "Mixed" },
  channelKind: {
    forum: "Forum",
    chat: "Chat",
    "social-group": "Social group",
    "community-platform": "Community platform",
    "in-app": "In-app community",
    newsletter: "Newsletter",
    video: "Video",
    "live-events": "Live events",
  },
  format: {
    article: "Article",
    tutorial: "Tutorial",
    "product-update": "Product update",
    "industry-news": "Industry news",
    "user-generated": "User-generated content",
    "live-qa": "Live Q&A",
    ama: "AMA",
    webinar: "Webinar",
    workshop: "Workshop",
    meetup: "Meetup",
    hackathon: "Hackathon",
    livestream: "Livestream",
    poll: "Poll",
    contest: "Contest",
    spotlight: "Member spotlight",
    newsletter: "Newsletter",
    discussion: "Discussion",
    video: "Video",
    other: "Other",
  },
  mechanic: { points: "Points", badges: "Badges", levels: "Levels", leaderboard: "Leaderboard", challenge: "Challenges" },
  cadence: { weekly: "Weekly", monthly: "Monthly", quarterly: "Quarterly" },
  weekday: { mon: "Monday", tue: "Tuesday", wed: "Wednesday", thu: "Thursday", fri: "Friday", sat: "Saturday", sun: "Sunday" },
} as const;

/** The English names, typed as plain strings so that other languages give their own. */
export const englishEnumNames: { readonly [S in keyof typeof labels]: { readonly [V in keyof (typeof labels)[S]]: string } } = labels;

export type EnumName = keyof typeof labels;

/** The English name of an enum value; an unknown value (a newer schema) is humanised instead. */
export function enumLabel(set: EnumName, value: string | undefined): string | null {
  if (value === undefined) return null;
  return (labels[set] as Record<string, string>)[value] ?? humanize(value);
}

/** `weekly-active-members` → `Weekly active members`. */
export function humanize(id: string): string {
  const words = id.replace(/[-_]+/g, " ").trim();
  return words.charAt(0).toUpperCase() + words.slice(1);
}

const platforms: Record<string, string> = {
  github: "GitHub", linkedin: "LinkedIn", youtube: "YouTube", tiktok: "TikTok", x: "X", phpbb: "phpBB",
  vbulletin: "vBulletin", whatsapp: "WhatsApp", "mighty-networks": "Mighty Networks", "in-app": "In-app",
};

/** `discourse` → `Discourse`, `github` → `GitHub`. */
export function platformName(platform: string): string {
  return platforms[platform.toLowerCase()] ?? humanize(platform);
}

/** "Forum on Discourse", or just "Newsletter" when the platform only repeats the kind. */
export function channelDescription(channel: { kind: string; platform: string }): string {
  const kind = enumLabel("channelKind", channel.kind)!;
  const platform = platformName(channel.platform);
  return kind.toLowerCase() === platform.toLowerCase() ? kind : `${kind} on ${platform}`;
}
