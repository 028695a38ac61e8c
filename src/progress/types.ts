/** One measured value of one metric on one day, as read from the actuals file. */
export interface Observation {
  /** YYYY-MM-DD. */
  date: string;
  metric: string;
  value: number;
  channel?: string;
  /** Free text beside the value, from the optional `note` column. */
  note?: string;
  /** 1-based line in the actuals file where the observation starts, for messages. */
  line: number;
}

/** A problem in the actuals file: errors stop the run, warnings are printed and the run goes on. */
export interface ActualsIssue {
  severity: "error" | "warning";
  /** A stable id for tests and JSON output, e.g. `bad-date`. */
  code: string;
  message: string;
  /** 1-based. */
  line: number;
}

export interface Actuals {
  observations: Observation[];
  issues: ActualsIssue[];
}

export type Status = "achieved" | "on-track" | "at-risk" | "off-track" | "no-data";

/** Why a target got its status; formatters turn these into words. */
export type StatusReason =
  | "no-target-value"
  | "no-deadline"
  | "no-observations"
  | "reached"
  | "deadline-passed"
  | "projection-reaches"
  | "ahead-of-line"
  | "projection-close"
  | "projection-short"
  | "on-line"
  | "slightly-behind"
  | "behind-line";

export interface Point {
  date: string;
  value: number;
}

/** A least-squares line: value(date) = intercept + slopePerDay × (days from `origin`). */
export interface Trend {
  origin: string;
  intercept: number;
  slopePerDay: number;
}

/** Everything measured about one target; the charts and every format read from this. */
export interface TargetProgress {
  id: string;
  goal: string;
  metric: string;
  channel?: string;
  unit?: string;
  direction: "increase" | "decrease";
  baseline?: number;
  /** Where the baseline came from: the plan, or (when the plan has none) the first observation. */
  baselineSource?: "plan" | "first-observation";
  /** The date the straight line starts at: the horizon's start, or the first observation. */
  start?: string;
  /** The value to reach, with relative changes (`+15%`) resolved against the baseline. */
  target?: number;
  deadline?: string;
  /** The observations used (dated on or before today), oldest first. */
  observations: Point[];
  latest?: Point;
  /** Share of the way from baseline to target covered by the latest value (1 = reached). */
  share?: number;
  /** Where the straight line from baseline to target says the value should be today. */
  expected?: number;
  expectedShare?: number;
  /** The least-squares trend's value at the deadline. */
  projection?: number;
  projectedShare?: number;
  trend?: Trend;
  status: Status;
  reason: StatusReason;
  /** Where the numbers came from, when the plan's target says (`measure:`). */
  source?: SeriesSource;
}

/** An export a target is measured from, and how its rows became one number per period. */
export interface SeriesSource {
  from: string;
  report?: string;
  compute?: string;
  aggregate?: string;
  per?: string;
  files: string[];
}

export interface ProgressReport {
  plan: string;
  actuals: string;
  today: string;
  targets: TargetProgress[];
  /** The latest value of every metric measured up to today, targets' or not, by first appearance. */
  latest?: LatestValue[];
  /** Warnings from reading and matching the actuals. */
  warnings: ActualsIssue[];
}

/** The most recent observation of one metric (all channels together), and its most recent note. */
export interface LatestValue {
  metric: string;
  date: string;
  value: number;
  channel?: string;
  /** The latest note written for the metric on or before today, with its date. */
  note?: { date: string; text: string };
}
