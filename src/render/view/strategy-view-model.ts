// The contract between the strategy document's view model and its templates (built-in and
// ejected): every field a template may read, declared rather than inferred, so that a change to
// the view is a visible change to this file. Optional plan fields are null or [] here, never
// absent, which is what makes `{{#if description}}` safe in strict templates.
import type { Trusted } from "../escape.js";
import type { ChannelMap } from "./channel-map.js";
import type { GuidelinesView } from "./guidelines-view.js";
import type { ProgressView } from "./progress-view.js";
import type { TargetView } from "./targets.js";

export interface StrategyView {
  today: string;
  /** The one-page summary that opens the document. */
  summary: SummaryView;
  community: CommunityView;
  horizon: { start: string; end: string } | null;
  /** Most important first (`priority`), then unranked goals in file order. */
  goals: GoalView[];
  targets: TargetView[];
  progress: ProgressView | null;
  personas: PersonaView[];
  channels: ChannelView[];
  channelMap: ChannelMap;
  content: ContentView;
  engagement: EngagementView | null;
  guidelines: (GuidelinesView & { languages: string[] }) | null;
  moderation: ModerationView | null;
  launch: LaunchView | null;
  review: ReviewView | null;
  metrics: MetricView[];
  diagrams: DiagramsView;
  journey: JourneyView | null;
  /** Null when the plan lists no team members. */
  people: PeopleView | null;
  budget: BudgetView | null;
  risks: RisksView | null;
  partners: PartnersView | null;
}

/** A block of the summary: a label, sentences of judgement, and an optional list. */
export interface SummaryBlock {
  label: string;
  sentences: string[];
  itemsLabel: string | null;
  items: string[];
}

export interface SummaryView {
  heading: string;
  blocks: SummaryBlock[];
}

/** How a goal will be reached. */
export interface GoalRoute {
  label: string;
  activitiesLabel: string;
  /** "Tuesday tutorial (series, 13 in 2027-Q1)". */
  activities: string[];
  /** Judgements: journey steps it moves members across, money, gaps. */
  sentences: string[];
}

export interface JourneyLevelView {
  name: string;
  description: string;
  /** Names of the activities that invite members to the next level; [] on the last level. */
  moveUp: string[];
  /** "Active helpers 40 → 80 by 30 Jun 2027", or null when no target counts the level. */
  target: string | null;
  last: boolean;
}

export interface JourneyView {
  heading: string;
  intro: string;
  labels: { movesUp: string; target: string };
  levels: JourneyLevelView[];
  /** Steps nothing moves members across, and a journey no target counts. */
  gaps: string[];
  mermaid: Trusted;
  svg: Trusted;
}

export interface PeopleView {
  heading: string;
  intro: string;
  columns: { member: string; owns: string; needed: string; available: string; judgement: string };
  members: Array<{
    name: string;
    role: string;
    /** The word "volunteer", or null for staff. */
    volunteer: string | null;
    owns: string[];
    needed: string;
    available: string;
    over: boolean;
    judgement: string;
  }>;
  /** Hours of the estimate nobody on the team owns by name. */
  unowned: string | null;
}

export interface BudgetView {
  heading: string;
  total: string;
  columns: { item: string; amount: string; perYear: string; goals: string };
  items: Array<{ name: string; amount: string; perYear: string; goals: string }>;
  perGoalHeading: string;
  perGoal: string[];
}

export interface RisksView {
  heading: string;
  intro: string;
  labels: { mitigation: string; owner: string; playbook: string };
  items: Array<{ risk: string; severity: string; mitigation: string; owner: string; playbook: string[]; noPlaybook: string | null }>;
}

export interface PartnersView {
  heading: string;
  columns: { partner: string; gives: string; gets: string };
  items: Array<{ name: string; kind: string; gives: string; gets: string }>;
}

export interface CommunityView {
  name: string;
  organisation: string | null;
  purpose: string;
  memberValue: string[];
  /** Labels, not ids: "Owned by the organisation". */
  kind: string | null;
  timeZone: string;
  /** Language names in the document's language. */
  languages: string[];
  team: { people: number; hoursPerWeek: number };
}

export interface GoalView {
  id: string;
  title: string;
  category: string | null;
  description: string | null;
  priority: number | null;
  /** "Priority 1", or null for an unranked goal. */
  priorityLabel: string | null;
  targets: TargetView[];
  route: GoalRoute;
}

export interface PersonaView {
  id: string;
  name: string;
  description: string | null;
  ageRange: string | null;
  regions: string[];
  languages: string[];
  timeZones: string[];
  interests: string[];
  needs: string[];
  painPoints: string[];
  communication: string | null;
  preferredPlatforms: string[];
  /** Names of the channels whose audience includes the persona. */
  channels: string[];
}

export interface ChannelView {
  id: string;
  name: string;
  platform: string;
  kind: string | null;
  description: string;
  purpose: string | null;
  /** Persona names. */
  audience: string[];
  languages: string[];
  owner: string | null;
}

export interface ContentView {
  pillars: Array<{ name: string; description: string | null; formats: string[]; series: string[] }>;
  series: SeriesView[];
  events: EventView[];
  blackouts: Array<{ from: string; to: string | null; reason: string | null; stops: string | null }>;
  /** `content.holidays` ("NL, DE-BY"), or null. */
  holidays: string | null;
}

export interface SeriesView {
  title: string;
  description: string | null;
  channel: string;
  format: string | null;
  pillar: string | null;
  /** In words: "every week on Tuesday". */
  cadence: string;
  localTime: string;
  timeZone: string;
  duration: string | null;
  audience: string[];
  languages: string[];
  recording: boolean;
  owner: string | null;
  start: string | null;
  end: string | null;
}

export interface EventView {
  title: string;
  description: string | null;
  date: string;
  localTime: string;
  timeZone: string;
  duration: string | null;
  channel: string;
  format: string | null;
  pillar: string | null;
  audience: string[];
  recording: boolean;
  owner: string | null;
  location: string | null;
}

export interface EngagementView {
  welcome: string | null;
  recognition: Array<{ name: string; description: string | null; reward: string | null }>;
  gamification: Array<{ mechanic: string | null; description: string | null }>;
  contests: ContestView[];
  tactics: Array<{ name: string; description: string | null; reward: string | null }>;
}

export interface ContestView {
  title: string;
  start: string | null;
  end: string | null;
  prize: string | null;
  rules: string | null;
  /** Only http(s) addresses become links: a `javascript:` URL in a plan must stay text. */
  rulesUrl: string | null;
  jurisdictions: string[];
  legalReview: string | null;
}

export interface ModerationView {
  moderators: GuidelinesView["moderators"];
  responseTime: string;
  escalation: string | null;
}

export interface LaunchView {
  date: string | null;
  steps: Array<{ title: string; due: string | null; owner: string | null }>;
}

export interface ReviewView {
  cadence: string | null;
  feedback: string[];
  qualitativeSignals: string[];
  owner: string | null;
}

export interface MetricView {
  metric: string;
  name: string;
  /** Listed in `review.metrics` or `review.qualitativeSignals`, not only measured by a target. */
  reviewed: boolean;
  /** "35 → 50% by 30 Jun 2027", one per target on the metric. */
  targets: string[];
  sources: string[];
  /** With `--actuals`: "0.62 on 31 Mar 2027", or "not measured yet"; null without actuals. */
  latest: string | null;
  /** The latest note written for the metric, dated when older than the value. */
  note: string | null;
  /** "measured, not in the plan" for a metric only the actuals name; null otherwise. */
  unplanned: string | null;
}

export interface DiagramsView {
  channelMap: Trusted;
  channelMapSvg: Trusted;
  timeline: Trusted | null;
  timelineSvg: Trusted | null;
}
