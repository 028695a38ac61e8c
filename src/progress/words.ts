import type { Status, TargetProgress } from "./types.js";

export const STATUS_LABELS: Readonly<Record<Status, string>> = {
  achieved: "achieved",
  "on-track": "on track",
  "at-risk": "at risk",
  "off-track": "off track",
  "no-data": "no data",
};

/** Rounded for people: at most two decimals, no trailing zeros, never "-0". */
export function formatNumber(value: number): string {
  const rounded = Math.round(value * 100) / 100;
  return String(Object.is(rounded, -0) ? 0 : rounded);
}

/** `44%` for percentages, `18 hours` for other units, a bare number without a unit. */
export function withUnit(value: number | undefined, unit: string | undefined): string {
  if (value === undefined) return "";
  const number = formatNumber(value);
  if (!unit) return number;
  return unit === "%" ? `${number}%` : `${number} ${unit}`;
}

export function percent(share: number | undefined): string {
  return share === undefined ? "" : `${Math.round(share * 100)}%`;
}

/** Why the target has its status, in one short sentence. */
export function reasonText(t: TargetProgress): string {
  const trendShare = percent(t.projectedShare);
  switch (t.reason) {
    case "no-target-value":
      return "the plan gives no target value or change";
    case "no-deadline":
      return "no deadline, and the plan has no horizon";
    case "no-observations":
      return `no observations of ${t.metric}${t.channel ? ` on ${t.channel}` : ""} yet`;
    case "reached":
      return "the target is reached";
    case "deadline-passed":
      return `the deadline (${t.deadline}) has passed`;
    case "projection-reaches":
      return "the trend reaches the target by the deadline";
    case "projection-close":
      return `the trend gets ${trendShare} of the way by the deadline`;
    case "ahead-of-line":
      return `ahead of the straight line, but the trend gets only ${trendShare} of the way`;
    case "projection-short":
      return `behind the straight line; the trend gets only ${trendShare} of the way`;
    case "on-line":
      return "on or ahead of the straight line (one observation, no trend yet)";
    case "slightly-behind":
      return "a little behind the straight line (one observation, no trend yet)";
    case "behind-line":
      return "behind the straight line (one observation, no trend yet)";
  }
}

/** `35 → 50` with the unit once, at the end. */
export function baselineToTarget(t: TargetProgress): string {
  if (t.baseline === undefined && t.target === undefined) return "";
  const from = t.baseline === undefined ? "?" : formatNumber(t.baseline);
  return `${from} → ${withUnit(t.target, t.unit) || "?"}`;
}

/** Four decimals for machine formats: exact enough to check, free of 0.1 + 0.2 noise. */
export function round4(value: number): number {
  const rounded = Math.round(value * 1e4) / 1e4;
  return Object.is(rounded, -0) ? 0 : rounded;
}
