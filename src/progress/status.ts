import type { Status, StatusReason } from "./types.js";

/**
 * A target whose trend falls short of the target but still gets at least this share of the way
 * by the deadline is "at risk" rather than "off track": a push can still close the gap.
 */
export const AT_RISK_SHARE = 0.8;

/** Shares are ratios of floating-point values; 0.1 + 0.2 must still count as 0.3. */
const EPSILON = 1e-9;

export interface StatusInput {
  /** Share of the way from baseline to target covered by the latest value. */
  share: number;
  /** Share of the way the straight line from baseline to target has covered today. */
  expectedShare: number;
  /** Share of the way the least-squares trend reaches at the deadline, when there is a trend. */
  projectedShare?: number;
  /** Today is after the deadline. */
  deadlinePassed: boolean;
}

/**
 * The status of a target with data, in order:
 * - achieved: the latest value has reached the target (share ≥ 1);
 * - off track: the deadline has passed without reaching it;
 * - with a trend (two or more dates):
 *   on track when the projection reaches the target; at risk when it gets at least
 *   AT_RISK_SHARE of the way, or when the latest value is on or ahead of the straight line
 *   even though the trend falls short; off track otherwise;
 * - without a trend (one observation, on or before the line's start):
 *   on track when the latest value is on or ahead of the straight line, at risk when it has
 *   covered at least AT_RISK_SHARE of what the line expects, off track otherwise.
 */
export function decideStatus(input: StatusInput): { status: Status; reason: StatusReason } {
  const { share, expectedShare, projectedShare } = input;
  if (share >= 1 - EPSILON) return { status: "achieved", reason: "reached" };
  if (input.deadlinePassed) return { status: "off-track", reason: "deadline-passed" };
  const onLine = share >= expectedShare - EPSILON;
  if (projectedShare !== undefined) {
    if (projectedShare >= 1 - EPSILON) return { status: "on-track", reason: "projection-reaches" };
    if (projectedShare >= AT_RISK_SHARE - EPSILON) return { status: "at-risk", reason: "projection-close" };
    if (onLine) return { status: "at-risk", reason: "ahead-of-line" };
    return { status: "off-track", reason: "projection-short" };
  }
  if (onLine) return { status: "on-track", reason: "on-line" };
  if (share >= AT_RISK_SHARE * expectedShare - EPSILON) return { status: "at-risk", reason: "slightly-behind" };
  return { status: "off-track", reason: "behind-line" };
}
