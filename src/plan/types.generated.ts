/* Generated from schemas/community-plan.schema.json by scripts/generate.mjs. Do not edit. */

/**
 * A short, stable name other parts of the plan use to refer to this item: lower-case letters, digits and dashes.
 *
 * This interface was referenced by `CommunityPlan`'s JSON-Schema
 * via the `definition` "id".
 */
export type Id = string;
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
 * BCP 47 language tags.
 *
 * This interface was referenced by `CommunityPlan`'s JSON-Schema
 * via the `definition` "languages".
 */
export type Languages1 = Language[];
/**
 * A calendar date written YYYY-MM-DD.
 *
 * This interface was referenced by `CommunityPlan`'s JSON-Schema
 * via the `definition` "isoDate".
 */
export type IsoDate = string;
/**
 * BCP 47 language tags.
 *
 * @minItems 1
 */
export type Languages2 = Language[];
/**
 * IANA time zone names.
 *
 * @minItems 1
 */
export type TimeZones = TimeZone[];
/**
 * A time of day on the 24-hour clock, HH:MM, in the item's time zone.
 *
 * This interface was referenced by `CommunityPlan`'s JSON-Schema
 * via the `definition` "localTime".
 */
export type LocalTime = string;
/**
 * Ids of other items in the plan.
 *
 * This interface was referenced by `CommunityPlan`'s JSON-Schema
 * via the `definition` "idList".
 */
export type IdList = Id[];
/**
 * Who answers for it. When `community.team.members` is listed, a member's id or name; their estimated load counts it.
 *
 * This interface was referenced by `CommunityPlan`'s JSON-Schema
 * via the `definition` "owner".
 */
export type Owner = string;
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
 * A length of time such as 45m, 1h30m, 2d or 1w (weeks, days, hours, minutes, in that order).
 *
 * This interface was referenced by `CommunityPlan`'s JSON-Schema
 * via the `definition` "duration".
 */
export type Duration = string;
/**
 * Ids of the goals this activity serves. Once any activity names its goals, lint checks that every goal is served by at least one.
 *
 * @minItems 1
 *
 * This interface was referenced by `CommunityPlan`'s JSON-Schema
 * via the `definition` "goalLinks".
 */
export type GoalLinks = Id[];
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
 * A metric the review looks at: its name, or its name and where `progress` reads it.
 *
 * This interface was referenced by `CommunityPlan`'s JSON-Schema
 * via the `definition` "watchedMetric".
 */
export type WatchedMetric =
  | string
  | {
      /**
       * What is measured.
       */
      metric: string;
      measure: Measure;
    };
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
  journey?: Journey;
  budget?: Budget;
  /**
   * What could go wrong, crises included (a raid, doxxing, a platform ban or outage, a public-relations storm): how likely, how bad, what the team does about it and who answers for it. Severity is likelihood × impact.
   */
  risks?: Risk[];
  /**
   * Other communities and organisations to ally with, and what each side gives and gets.
   */
  partners?: Partner[];
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
  id?: Id;
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
  documentLanguage?: Language;
  /**
   * The people who run the community and the hours they have for it: either the totals (`people`, `hoursPerWeek`), or the members, from whom the totals follow.
   */
  team: {
    /**
     * How many people work on the community. Follows from `members` when they are listed; if both are given they must agree.
     */
    people?: number;
    /**
     * The team's combined hours per week for the community, volunteers included. Follows from `members` when they are listed; if both are given they must agree.
     */
    hoursPerWeek?: number;
    /**
     * The people on the team, staff and volunteers. Owners elsewhere in the plan name a member by id or name, so each person's load can be estimated.
     *
     * @minItems 1
     */
    members?: Member[];
  };
}
/**
 * One person on the team: who they are, what they do and how many hours a week they give the community.
 *
 * This interface was referenced by `CommunityPlan`'s JSON-Schema
 * via the `definition` "member".
 */
export interface Member {
  id: Id;
  /**
   * The member's name, as owners may write it.
   */
  name: string;
  /**
   * What they do for the community.
   */
  role: string;
  /**
   * The hours a week they have for the community.
   */
  hoursPerWeek: number;
  languages?: Languages1;
  /**
   * Whether they give their time unpaid; volunteers' hours are reported apart from staff.
   */
  volunteer?: boolean;
  /**
   * Periods they are away (holidays, leave), dates inclusive.
   */
  away?: {
    from: IsoDate;
    to: IsoDate;
  }[];
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
  /**
   * How much this goal matters, 1 being the most important. Documents order goals by it; goals without one (and ties) keep file order, after the ranked ones.
   */
  priority?: number;
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
  languages: Languages2;
  timeZones: TimeZones;
  interests?: TextList;
  needs?: TextList;
  painPoints?: TextList;
  /**
   * How they like to talk: asynchronously (forum, e-mail), in real time (chat, live sessions), or both.
   */
  communication?: "async" | "real-time" | "mixed";
  /**
   * Roughly how many people this persona stands for. When every persona of an audience gives it, `slots` and `live-session-hours` weigh each time zone by the people in it.
   */
  size?: number;
  /**
   * The local hours in which this persona can join a live session, in each of its time zones; `lint.reasonableHours` (default 08:00–22:00) when left out.
   */
  activeHours?: {
    start: LocalTime;
    end: LocalTime;
  };
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
  languages?: Languages1;
  owner?: Owner;
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
  measure?: Measure;
  owner?: Owner;
  /**
   * Why this ambition is realistic: what the number rests on.
   */
  rationale?: string;
}
/**
 * An export file to read the metric from, and how its rows become one number per calendar period (in the community's time zone; each number is dated on its period's first day).
 *
 * This interface was referenced by `CommunityPlan`'s JSON-Schema
 * via the `definition` "measure".
 */
export interface Measure {
  /**
   * What kind of file it is: a Discourse admin report's CSV export (.csv or .zip), Discourse's user list export, a Discord Server Insights CSV, Slack analytics' members or channels CSV, or an actuals file (date,metric,value).
   */
  from:
    | "discourse-report"
    | "discourse-users"
    | "discord-insights"
    | "slack-members"
    | "slack-channels"
    | "actuals";
  /**
   * The export's path relative to the plan; `*` and `?` in the file name match several exports, read in name order. When left out, `progress --data <dir>` is searched for the report's usual file name.
   */
  file?: string;
  /**
   * The report's name, as in the export's file name: `time_to_first_response`, `new_contributors`, `daily_engaged_users`, `guild-communicators`. Read from the file name when left out.
   */
  report?: string;
  /**
   * The column holding the value: a 1-based position (Discourse reports have translated headers, so position is safest) or a header name, matched case-insensitively.
   */
  column?: number | string;
  /**
   * A community-health metric (CHAOSS) computed from the export instead of one column: median time to first response, newcomers, active members, or contributor concentration (the share of posts written by the most active 10 % of members). Sets the column and aggregation each source needs.
   */
  compute?: "time-to-first-response" | "newcomers" | "active-members" | "contributor-concentration";
  /**
   * How a period's rows become one number: the last row's value, their sum, mean or median, or how many rows there are.
   */
  aggregate?: "last" | "sum" | "mean" | "median" | "count";
  /**
   * The calendar period each number covers (weeks start on Monday). Follows the review's cadence when left out, monthly without one.
   */
  per?: "week" | "month" | "quarter";
  asOf?: IsoDate;
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
   * Countries and subdivisions whose public holidays the calendar keeps: an ISO 3166-1 alpha-2 country code, optionally with a subdivision after a hyphen (DE-BY). Only public holidays (days off by law) count, not observances or bank holidays; they come from the offline date-holidays dataset. Series and events on such a day follow their `onHoliday` policy.
   */
  holidays?: string[];
  /**
   * Days on which nothing is scheduled, or only some formats stop (`stops`); public holidays can come from `holidays` instead.
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
  languages?: Languages1;
  /**
   * Whether a recording or written summary is shared for those who cannot attend live.
   */
  recording?: boolean;
  owner?: Owner;
  goals?: GoalLinks;
  prepare?: Duration;
  /**
   * Working titles for the coming occurrences, in order, counted from the series' start (else the horizon's start) over the occurrences no blackout or holiday skips; the rest show 'topic to be decided'.
   */
  topics?: string[];
  /**
   * What happens to an occurrence that falls on a public holiday (`content.holidays`) or a blackout that stops its format: skip it (the default; a skipped live session is listed as lost), or move it to the next or previous day that is neither, at the same local time.
   */
  onHoliday?: "skip" | "next-day" | "previous-day";
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
  languages?: Languages1;
  /**
   * Whether a recording is shared afterwards.
   */
  recording?: boolean;
  owner?: Owner;
  goals?: GoalLinks;
  prepare?: Duration;
  /**
   * What happens to an occurrence that falls on a public holiday (`content.holidays`) or a blackout that stops its format: skip it (the default; a skipped live session is listed as lost), or move it to the next or previous day that is neither, at the same local time.
   */
  onHoliday?: "skip" | "next-day" | "previous-day";
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
  /**
   * The formats this blackout stops; items of other formats go ahead as planned. Every format when left out.
   *
   * @minItems 1
   */
  stops?: Format[];
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
  channels?: IdList;
  goals?: GoalLinks;
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
  goals?: GoalLinks;
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
  channels?: IdList;
  /**
   * What the prizes cost, in `budget.currency`; counted once in the year's budget, under the contest's goals.
   */
  prizeValue?: number;
  goals?: GoalLinks;
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
  /**
   * Whether the member-facing guidelines name the moderators and their weekly shifts. Off by default: a shift rota is team information, and members are told who to contact and how fast instead.
   */
  showModerators?: boolean;
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
  member?: Id;
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
    owner?: Owner;
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
  day?: Weekday;
  /**
   * How members are asked what they think.
   */
  feedback?: string[];
  /**
   * Signals beyond numbers: member feedback, sentiment, the tone of conversations.
   */
  qualitativeSignals?: string[];
  /**
   * The numbers the team looks at every review: a metric name, or a metric with the export it is measured from.
   */
  metrics?: WatchedMetric[];
  owner?: Owner;
}
/**
 * How members move from first contact to leadership (the commitment curve): the levels, what puts a member on each, and what invites them up.
 *
 * This interface was referenced by `CommunityPlan`'s JSON-Schema
 * via the `definition` "journey".
 */
export interface Journey {
  /**
   * The levels in order, from first contact to leadership; usually three to six.
   *
   * @minItems 1
   */
  levels: JourneyLevel[];
}
/**
 * One step of the member journey. It serves a goal when its target measures that goal or one of its `moveUp` activities serves it.
 *
 * This interface was referenced by `CommunityPlan`'s JSON-Schema
 * via the `definition` "journeyLevel".
 */
export interface JourneyLevel {
  id: Id;
  /**
   * The level's name.
   */
  name: string;
  /**
   * What a member does that puts them on this level.
   */
  description: string;
  /**
   * Ids of the activities (series, events, contests, recognition, gamification, tactics) that invite members on this level to the next. Empty on the last level.
   */
  moveUp: Id[];
  target?: Id;
}
/**
 * What the community costs: tools, prizes, legal checks, events. Totals per year and per goal follow from the items.
 *
 * This interface was referenced by `CommunityPlan`'s JSON-Schema
 * via the `definition` "budget".
 */
export interface Budget {
  /**
   * The ISO 4217 code every amount (and contests' `prizeValue`) is in.
   */
  currency: string;
  /**
   * The budget lines.
   */
  items: BudgetItem[];
}
/**
 * One cost. A year counts `once` in full, `month` twelve times, `quarter` four times; an item serving several goals is split evenly between them.
 *
 * This interface was referenced by `CommunityPlan`'s JSON-Schema
 * via the `definition` "budgetItem".
 */
export interface BudgetItem {
  id: Id;
  /**
   * What the money is for.
   */
  name: string;
  /**
   * The cost per period, in the budget's currency.
   */
  amount: number;
  /**
   * How often the amount is paid.
   */
  per: "once" | "month" | "quarter" | "year";
  goals?: GoalLinks;
}
/**
 * Something that could go wrong, with what the team does about it.
 *
 * This interface was referenced by `CommunityPlan`'s JSON-Schema
 * via the `definition` "risk".
 */
export interface Risk {
  id: Id;
  /**
   * What could happen.
   */
  risk: string;
  /**
   * How likely it is within the horizon.
   */
  likelihood: "low" | "medium" | "high";
  /**
   * How bad it would be.
   */
  impact: "low" | "medium" | "high";
  /**
   * What the team does now to make it less likely or less bad.
   */
  mitigation: string;
  owner: Owner;
  playbook?: TextList;
}
/**
 * Another community or organisation to ally with.
 *
 * This interface was referenced by `CommunityPlan`'s JSON-Schema
 * via the `definition` "partner".
 */
export interface Partner {
  /**
   * The partner's name.
   */
  name: string;
  /**
   * What sort of partner it is, in your own words.
   */
  kind: string;
  /**
   * What the partner brings to the community.
   */
  gives: string;
  /**
   * What the partner gets in return.
   */
  gets: string;
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
   * The local hours in which live sessions are fine for members (08:00–22:00 when left out); a persona's `activeHours` replace them for its time zones.
   */
  reasonableHours?: {
    start: LocalTime;
    end: LocalTime;
  };
}
