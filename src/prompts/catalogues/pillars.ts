// Content pillars most communities build on, each with the formats that serve it.
import type { Format } from "../../plan/types.js";

export interface PillarTemplate {
  id: string;
  name: string;
  description: string;
  formats: Format[];
}

export const LIVE_PILLAR = "live";
/** The live pillar's description when its series is not recorded. */
export const liveWithoutRecording = "Q&As, AMAs, webinars and workshops where members meet the team and each other.";

export const pillarCatalogue: readonly PillarTemplate[] = [
  { id: "how-to", name: "How-to", description: "Practical guides that solve one concrete problem each.", formats: ["tutorial", "article"] },
  { id: "news", name: "News and updates", description: "Product updates, roadmap and news from the field.", formats: ["product-update", "industry-news", "newsletter"] },
  { id: "community-voices", name: "Community voices", description: "Members' stories, projects and answers, in their own words.", formats: ["spotlight", "user-generated"] },
  { id: "conversations", name: "Conversations", description: "Questions, polls and threads that get members talking to each other.", formats: ["discussion", "poll"] },
  { id: "live", name: "Live sessions", description: "Q&As, AMAs, webinars and workshops, with a recording for those who cannot attend.", formats: ["live-qa", "ama", "webinar", "workshop"] },
];
