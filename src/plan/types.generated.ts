/* Generated from schemas/community-plan.schema.json by scripts/generate.mjs. Do not edit. */

/**
 * A list of short texts.
 *
 * This interface was referenced by `CommunityPlan`'s JSON-Schema
 * via the `definition` "textList".
 */
export type TextList = string[];
/**
 * An IANA time zone name.
 *
 * This interface was referenced by `CommunityPlan`'s JSON-Schema
 * via the `definition` "timeZone".
 */
export type TimeZone = string;
/**
 * A BCP 47 language tag.
 *
 * This interface was referenced by `CommunityPlan`'s JSON-Schema
 * via the `definition` "language".
 */
export type Language = string;
/**
 * BCP 47 language tags.
 *
 * @minItems 1
 */
export type Languages = Language[];
/**
 * A calendar date written YYYY-MM-DD.
 *
 * This interface was referenced by `CommunityPlan`'s JSON-Schema
 * via the `definition` "isoDate".
 */
export type IsoDate = string;
/**
 * A short, stable name other parts of the plan use to refer to this item: lower-case letters, digits and dashes.
 *
 * This interface was referenced by `CommunityPlan`'s JSON-Schema
 * via the `definition` "id".
 */
export type Id = string;
/**
 * BCP 47 language tags.
 *
 * @minItems 1
 */
export type Languages1 = Language[];
/**
 * IANA time zone names.
 *
 * @minItems 1
 */
export type TimeZones = TimeZone[];
/**
 * Ids of other items in the plan.
 *
 * This interface was referenced by `CommunityPlan`'s JSON-Schema
 * via the `definition` "idList".
 */
export type IdList = Id[];
/**
 * BCP 47 language tags.
 *
 * This interface was referenced by `CommunityPlan`'s JSON-Schema
 * via the `definition` "languages".
 */
export type Languages2 = Language[];
/**
 * What kind of content or session this is. Live formats (live-qa, ama, webinar, workshop, meetup, hackathon, livestream) are checked against the audience's waking hours.
 *
 * This interface was referenced by `CommunityPlan`'s JSON-Schema
 * via the `definition` "format".
 */
export type Format =
  | "article"
  | "tutorial"
  | "product-update"
  | "industry-news"
  | "user-generated"
  | "live-qa"
  | "ama"
  | "webinar"
  | "workshop"
  | "meetup"
  | "hackathon"
  | "livestream"
  | "poll"
  | "contest"
  | "spotlight"
  | "newsletter"
  | "discussion"
  | "video"
  | "other";
/**
 * A day of the week, as its first three letters.
 *
 * This interface was referenced by `CommunityPlan`'s JSON-Schema
 * via the `definition` "weekday".
 */
export type Weekday = "mon" | "tue" | "wed" | "thu" | "fri" | "sat" | "sun";
/**
 * A time of day on the 24-hour clock, HH:MM, in the item's time zone.
 *
 * This interface was referenced by `CommunityPlan`'s JSON-Schema
 * via the `definition` "localTime".
 */
export type LocalTime = string;
/**
 * A length of time such as 45m, 1h30m or 2d.
 *
 * This interface was referenced by `CommunityPlan`'s JSON-Schema
 * via the `definition` "duration".
 */
export type Duration = string;
/**
 * Either plain text in the community's first language, or a map from language tag to text.
 *
 * This interface was referenced by `CommunityPlan`'s JSON-Schema
 * via the `definition` "localizedText".
 */
export type LocalizedText =
  | string
  | {
      [k: string]: string;
    };
/**
 * BCP 47 language tags.
 *
 * @minItems 1
 */
export type Languages3 = Language[];
/**
 * IANA time zone names.
 *
 * This interface was referenced by `CommunityPlan`'s JSON-Schema
 * via the `definition` "timeZones".
 */
export type TimeZones1 = TimeZone[];
/**
 * Free text.
 *
 * This interface was referenced by `CommunityPlan`'s JSON-Schema
 * via the `definition` "text".
 */
export type Text = string;

/**
 * One file that holds a community strategy: purpose and goals, personas, channels, measurable targets, content, engagement, guidelines, moderation and review. Checked by `community-plan lint`.
 */
export interface CommunityPlan {
  /**
   * Where editors find this schema. Optional; the `# yaml-language-server: $schema=` comment does the same.
   */
  $schema?: string;
  /**
   * The version of the plan format. Always 1 for now.
   */
  version: 1;
  community: Community;
  horizon?: Horizon;
  /**
   * Why the organisation runs the community. Each goal gets one or more measurable targets.
   *
   * @minItems 1
   */
  goals: Goal[];
  /**
   * The people the community is for: where they live, which languages they speak, what they need and where they already spend time.
   *
   * @minItems 1
   */
  personas: Persona[];
  /**
   * The places where the community meets: forums, chat servers, social groups, newsletters, video, events.
   *
   * @minItems 1
   */
  channels: Channel[];
  /**
   * SMART targets: a metric, a baseline, a target value or relative change, a unit and a deadline, each tied to a goal.
   *
   * @minItems 1
   */
  targets: Target[];
  content?: Content;
  engagement?: Engagement;
  guidelines?: Guidelines;
  moderation?: Moderation;
  launch?: Launch;
  review?: Review;
  lint?: LintConfig;
}
/**
 * Who runs the community, why it exists, what members get from it, and the team behind it.
 *
 * This interface was referenced by `CommunityPlan`'s JSON-Schema
 * via the `definition` "community".
 */
export interface Community {
  /**
   * The community's name as members see it.
   */
  name: string;
  /**
   * The brand, company or cause behind the community.
   */
  organisation?: string;
  /**
   * Why the community exists, in one or two sentences.
   */
  purpose: string;
  memberValue?: TextList;
  /**
   * Whether the organisation owns the community, members started it themselves, or the organisation joins an existing community instead of building one.
   */
  kind: "owned" | "member-started" | "joining-existing";
  timeZone: TimeZone;
  languages: Languages;
  /**
   * The people who run the community and the hours they have for it.
   */
  team: {
    /**
     * How many people work on the community.
     */
    people: number;
    /**
     * The team's combined hours per week for the community.
     */
    hoursPerWeek: number;
  };
}
/**
 * The period the plan covers. Target deadlines must fall inside it.
 *
 * This interface was referenced by `CommunityPlan`'s JSON-Schema
 * via the `definition` "horizon".
 */
export interface Horizon {
  start: IsoDate;
  end: IsoDate;
}
/**
 * Something the organisation wants from the community.
 *
 * This interface was referenced by `CommunityPlan`'s JSON-Schema
 * via the `definition` "goal".
 */
export interface Goal {
  id: Id;
  /**
   * The goal in a few words.
   */
  title: string;
  /**
   * The kind of goal.
   */
  category?:
    | "engagement"
    | "support"
    | "feedback"
    | "awareness"
    | "leads"
    | "retention"
    | "advocacy"
    | "other";
  /**
   * Why this goal matters.
   */
  description?: string;
}
/**
 * A group of members with shared needs and habits.
 *
 * This interface was referenced by `CommunityPlan`'s JSON-Schema
 * via the `definition` "persona".
 */
export interface Persona {
  id: Id;
  /**
   * A memorable name for this persona.
   */
  name: string;
  /**
   * Who they are in a sentence or two.
   */
  description?: string;
  /**
   * Typical ages, as from-to.
   */
  ageRange?: string;
  regions?: TextList;
  languages: Languages1;
  timeZones: TimeZones;
  interests?: TextList;
  needs?: TextList;
  painPoints?: TextList;
  /**
   * How they like to talk: asynchronously (forum, e-mail), in real time (chat, live sessions), or both.
   */
  communication?: "async" | "real-time" | "mixed";
  /**
   * Platforms, channel kinds or channel ids this persona prefers.
   */
  preferredPlatforms?: string[];
}
/**
 * A place where the community meets.
 *
 * This interface was referenced by `CommunityPlan`'s JSON-Schema
 * via the `definition` "channel".
 */
export interface Channel {
  id: Id;
  /**
   * The channel's name as members see it.
   */
  name: string;
  /**
   * The product it runs on, in lower case.
   */
  platform: string;
  /**
   * What sort of channel it is.
   */
  kind:
    | "forum"
    | "chat"
    | "social-group"
    | "community-platform"
    | "in-app"
    | "newsletter"
    | "video"
    | "live-events";
  /**
   * Whether conversation here is asynchronous, real-time or both. When left out: chat is mixed, live events are real-time, the rest asynchronous.
   */
  interaction?: "async" | "real-time" | "mixed";
  /**
   * What this channel is for and why it suits its audience.
   */
  purpose?: string;
  audience?: IdList;
  languages?: Languages2;
  /**
   * Who is responsible for the channel.
   */
  owner?: string;
}
/**
 * A measurable (SMART) target for a goal.
 *
 * This interface was referenced by `CommunityPlan`'s JSON-Schema
 * via the `definition` "target".
 */
export interface Target {
  id: Id;
  goal: Id;
  /**
   * What is measured.
   */
  metric: string;
  /**
   * The target in words.
   */
  description?: string;
  /**
   * The value today, measured before work starts.
   */
  baseline?: number;
  /**
   * The value to reach by the deadline. Give either this or `change`.
   */
  target?: number;
  /**
   * The change from the baseline to reach, as a signed percentage. Give either this or `target`.
   */
  change?: string;
  /**
   * Whether higher or lower is better for this metric. When left out it follows from the target.
   */
  direction?: "increase" | "decrease";
  /**
   * The unit of the metric.
   */
  unit?: string;
  deadline?: IsoDate;
  channel?: Id;
  /**
   * Where the number comes from.
   */
  dataSource?: string;
  /**
   * Who answers for this target.
   */
  owner?: string;
}
/**
 * Content pillars, recurring series, one-off events and blackout dates.
 *
 * This interface was referenced by `CommunityPlan`'s JSON-Schema
 * via the `definition` "content".
 */
export interface Content {
  /**
   * The themes all content serves.
   */
  pillars?: Pillar[];
  /**
   * Content or sessions that repeat on a steady cadence.
   */
  series?: Series[];
  /**
   * One-off events such as a launch, a webinar or a meetup.
   */
  events?: Event[];
  /**
   * Days on which nothing is scheduled, such as public holidays.
   */
  blackouts?: Blackout[];
}
/**
 * A theme the content keeps returning to.
 *
 * This interface was referenced by `CommunityPlan`'s JSON-Schema
 * via the `definition` "pillar".
 */
export interface Pillar {
  id: Id;
  /**
   * The pillar's name.
   */
  name: string;
  /**
   * What belongs in this pillar.
   */
  description?: string;
  /**
   * The formats this pillar uses.
   */
  formats?: Format[];
}
/**
 * Content or a session that repeats on a cadence.
 *
 * This interface was referenced by `CommunityPlan`'s JSON-Schema
 * via the `definition` "series".
 */
export interface Series {
  id: Id;
  /**
   * The series' name.
   */
  title: string;
  /**
   * What happens in each instalment.
   */
  description?: string;
  channel: Id;
  format: Format;
  pillar?: Id;
  cadence: Cadence;
  localTime: LocalTime;
  timeZone?: TimeZone;
  duration?: Duration;
  audience?: IdList;
  languages?: Languages2;
  /**
   * Whether a recording or written summary is shared for those who cannot attend live.
   */
  recording?: boolean;
  /**
   * Who prepares it.
   */
  owner?: string;
  start?: IsoDate;
  end?: IsoDate;
}
/**
 * How often a series repeats: every N weeks on given weekdays, or every N months on a day of the month or on the nth weekday.
 *
 * This interface was referenced by `CommunityPlan`'s JSON-Schema
 * via the `definition` "cadence".
 */
export interface Cadence {
  /**
   * Weeks or months.
   */
  every: "week" | "month";
  /**
   * Repeat every this many weeks or months.
   */
  interval?: number;
  /**
   * For weekly series: the days it runs.
   *
   * @minItems 1
   */
  weekdays?: Weekday[];
  /**
   * For monthly series: the day of the month, or -1 for the last day.
   */
  day?: number;
  /**
   * For monthly series: which occurrence of `weekday` (1 to 5, or -1 for the last).
   */
  nth?: number;
  weekday?: Weekday;
}
/**
 * A one-off event.
 *
 * This interface was referenced by `CommunityPlan`'s JSON-Schema
 * via the `definition` "event".
 */
export interface Event {
  id: Id;
  /**
   * The event's name.
   */
  title: string;
  /**
   * What happens.
   */
  description?: string;
  date: IsoDate;
  localTime: LocalTime;
  timeZone?: TimeZone;
  duration?: Duration;
  channel: Id;
  format: Format;
  pillar?: Id;
  audience?: IdList;
  languages?: Languages2;
  /**
   * Whether a recording is shared afterwards.
   */
  recording?: boolean;
  /**
   * Who runs it.
   */
  owner?: string;
  /**
   * Where it takes place: a city and venue, or 'online'.
   */
  location?: string;
}
/**
 * A day or span of days with nothing scheduled.
 *
 * This interface was referenced by `CommunityPlan`'s JSON-Schema
 * via the `definition` "blackout".
 */
export interface Blackout {
  from: IsoDate;
  to?: IsoDate;
  /**
   * Why nothing is scheduled.
   */
  reason?: string;
}
/**
 * How members are welcomed, recognised and rewarded.
 *
 * This interface was referenced by `CommunityPlan`'s JSON-Schema
 * via the `definition` "engagement".
 */
export interface Engagement {
  /**
   * How new members are welcomed.
   */
  welcome?: string;
  /**
   * Ways to recognise and reward active members.
   */
  recognition?: Tactic[];
  /**
   * Points, badges, leaderboards and challenges.
   */
  gamification?: Gamification[];
  /**
   * Contests and giveaways. Each needs rules, a prize and the jurisdictions it runs in.
   */
  contests?: Contest[];
  /**
   * Anything else that keeps members coming back.
   */
  tactics?: Tactic[];
}
/**
 * An engagement tactic.
 *
 * This interface was referenced by `CommunityPlan`'s JSON-Schema
 * via the `definition` "tactic".
 */
export interface Tactic {
  id: Id;
  /**
   * The tactic's name.
   */
  name: string;
  /**
   * How it works.
   */
  description?: string;
  /**
   * What members get.
   */
  reward?: string;
}
/**
 * A game mechanic that rewards participation.
 *
 * This interface was referenced by `CommunityPlan`'s JSON-Schema
 * via the `definition` "gamification".
 */
export interface Gamification {
  id: Id;
  /**
   * The kind of mechanic.
   */
  mechanic: "points" | "badges" | "levels" | "leaderboard" | "challenge";
  /**
   * What earns it.
   */
  description?: string;
}
/**
 * A contest or giveaway.
 *
 * This interface was referenced by `CommunityPlan`'s JSON-Schema
 * via the `definition` "contest".
 */
export interface Contest {
  id: Id;
  /**
   * The contest's name.
   */
  title: string;
  start?: IsoDate;
  end?: IsoDate;
  /**
   * What the winners get.
   */
  prize?: string;
  /**
   * The official rules, or a link to them.
   */
  rules?: string;
  /**
   * The countries it runs in, as ISO 3166-1 alpha-2 codes; check each one's rules on contests and lotteries.
   */
  jurisdictions?: string[];
  /**
   * Who checked the contest against local law, and when.
   */
  legalReview?: string;
}
/**
 * The community's rules, what happens when they are broken, and how to report a problem, in every community language.
 *
 * This interface was referenced by `CommunityPlan`'s JSON-Schema
 * via the `definition` "guidelines".
 */
export interface Guidelines {
  /**
   * The rules members agree to.
   *
   * @minItems 1
   */
  rules: GuidelineRule[];
  /**
   * What happens when rules are broken, from the first step to the last.
   */
  consequences?: LocalizedText[];
  reporting?: LocalizedText;
}
/**
 * One rule of the community.
 *
 * This interface was referenced by `CommunityPlan`'s JSON-Schema
 * via the `definition` "guidelineRule".
 */
export interface GuidelineRule {
  id: Id;
  title: LocalizedText;
  explanation?: LocalizedText;
}
/**
 * Who moderates, when and in which languages, and how fast they respond.
 *
 * This interface was referenced by `CommunityPlan`'s JSON-Schema
 * via the `definition` "moderation".
 */
export interface Moderation {
  /**
   * The people who moderate.
   *
   * @minItems 1
   */
  moderators: Moderator[];
  responseTime: Duration;
  /**
   * What moderators do with problems they cannot settle.
   */
  escalation?: string;
}
/**
 * A person who moderates.
 *
 * This interface was referenced by `CommunityPlan`'s JSON-Schema
 * via the `definition` "moderator".
 */
export interface Moderator {
  id: Id;
  /**
   * The moderator's name or role.
   */
  name: string;
  timeZone: TimeZone;
  languages: Languages3;
  /**
   * When the moderator is on duty, in their own time zone.
   */
  hours?: {
    /**
     * Weekdays on duty; Monday to Friday when left out.
     *
     * @minItems 1
     */
    days?: Weekday[];
    start: LocalTime;
    end: LocalTime;
  };
}
/**
 * How the community opens: the date and the steps around it.
 *
 * This interface was referenced by `CommunityPlan`'s JSON-Schema
 * via the `definition` "launch".
 */
export interface Launch {
  date?: IsoDate;
  /**
   * What happens before and after the launch.
   */
  steps?: {
    /**
     * What to do.
     */
    title: string;
    due?: IsoDate;
    /**
     * Who does it.
     */
    owner?: string;
  }[];
}
/**
 * How the plan stays alive: how often it is reviewed, how feedback is gathered, and which signals beyond numbers count.
 *
 * This interface was referenced by `CommunityPlan`'s JSON-Schema
 * via the `definition` "review".
 */
export interface Review {
  /**
   * How often the team reviews the plan against the numbers.
   */
  cadence: "weekly" | "monthly" | "quarterly";
  /**
   * How members are asked what they think.
   */
  feedback?: string[];
  /**
   * Signals beyond numbers: member feedback, sentiment, the tone of conversations.
   */
  qualitativeSignals?: string[];
  /**
   * The numbers the team looks at every review.
   */
  metrics?: string[];
  /**
   * Who runs the review.
   */
  owner?: string;
}
/**
 * How `community-plan lint` treats this plan.
 *
 * This interface was referenced by `CommunityPlan`'s JSON-Schema
 * via the `definition` "lintConfig".
 */
export interface LintConfig {
  /**
   * Turn a rule off, or make it a warning or an error.
   */
  rules?: {
    [k: string]: "off" | "warn" | "error";
  };
  /**
   * The local hours in which live sessions are fine for members.
   */
  reasonableHours?: {
    start: LocalTime;
    end: LocalTime;
  };
}
