import { describe, expect, it } from "vitest";
import { AT_RISK_SHARE, decideStatus, type StatusInput } from "../../src/progress/status.js";

const cases: Array<{ name: string; input: StatusInput; expected: [string, string] }> = [
  {
    name: "exactly at the target",
    input: { share: 1, expectedShare: 0.5, projectedShare: 0.2, deadlinePassed: false },
    expected: ["achieved", "reached"],
  },
  {
    name: "past the target after the deadline",
    input: { share: 1.2, expectedShare: 1, deadlinePassed: true },
    expected: ["achieved", "reached"],
  },
  {
    name: "within float noise of the target",
    input: { share: 0.9999999999999, expectedShare: 1, deadlinePassed: true },
    expected: ["achieved", "reached"],
  },
  {
    name: "deadline passed, short of the target",
    input: { share: 0.99, expectedShare: 1, projectedShare: 1.5, deadlinePassed: true },
    expected: ["off-track", "deadline-passed"],
  },
  {
    name: "projection exactly reaches",
    input: { share: 0.1, expectedShare: 0.5, projectedShare: 1, deadlinePassed: false },
    expected: ["on-track", "projection-reaches"],
  },
  {
    name: "projection exactly at the at-risk share",
    input: { share: 0.1, expectedShare: 0.5, projectedShare: AT_RISK_SHARE, deadlinePassed: false },
    expected: ["at-risk", "projection-close"],
  },
  {
    name: "projection just under the at-risk share, behind the line",
    input: { share: 0.1, expectedShare: 0.5, projectedShare: 0.79, deadlinePassed: false },
    expected: ["off-track", "projection-short"],
  },
  {
    name: "projection short, but on the line today",
    input: { share: 0.5, expectedShare: 0.5, projectedShare: 0.6, deadlinePassed: false },
    expected: ["at-risk", "ahead-of-line"],
  },
  {
    name: "projection going backwards, behind the line",
    input: { share: -0.1, expectedShare: 0.3, projectedShare: -0.5, deadlinePassed: false },
    expected: ["off-track", "projection-short"],
  },
  {
    name: "no trend, on the line",
    input: { share: 0.4, expectedShare: 0.4, deadlinePassed: false },
    expected: ["on-track", "on-line"],
  },
  {
    name: "no trend, exactly 80% of the line",
    input: { share: 0.32, expectedShare: 0.4, deadlinePassed: false },
    expected: ["at-risk", "slightly-behind"],
  },
  {
    name: "no trend, under 80% of the line",
    input: { share: 0.31, expectedShare: 0.4, deadlinePassed: false },
    expected: ["off-track", "behind-line"],
  },
  {
    name: "no trend, before the start",
    input: { share: 0, expectedShare: 0, deadlinePassed: false },
    expected: ["on-track", "on-line"],
  },
];

describe("decideStatus boundaries", () => {
  for (const { name, input, expected } of cases) {
    it(name, () => {
      const { status, reason } = decideStatus(input);
      expect([status, reason]).toEqual(expected);
    });
  }
});
