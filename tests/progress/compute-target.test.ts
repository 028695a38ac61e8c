import { describe, expect, it } from "vitest";
import { computeTargetProgress, resolveTargetValue, timeShare } from "../../src/progress/compute-target.js";
import { daysBetween, leastSquares, trendAt } from "../../src/progress/least-squares.js";
import type { Target } from "../../src/plan/types.js";

// Day n of January 2027 is the date `2027-01-(n+1)`: easy to reason about by hand.
const day = (n: number): string => `2027-01-${String(n + 1).padStart(2, "0")}`;
const horizon = { start: day(0), end: "2027-12-31" };
const base: Target = { id: "t", goal: "g", metric: "m", baseline: 0, target: 100, deadline: day(10) };
const points = (...pairs: Array<[number, number]>) => pairs.map(([d, value]) => ({ date: day(d), value }));

describe("least squares", () => {
  it("matches a hand-computed fit", () => {
    // x = 0..3, y = 1, 3, 2, 5: mean x 1.5, mean y 2.75, Sxy 5.5, Sxx 5 → slope 1.1, intercept 1.1.
    const trend = leastSquares(points([0, 1], [1, 3], [2, 2], [3, 5]))!;
    expect(trend.slopePerDay).toBeCloseTo(1.1, 12);
    expect(trend.intercept).toBeCloseTo(1.1, 12);
    expect(trendAt(trend, day(10))).toBeCloseTo(12.1, 12);
  });

  it("has no trend for fewer than two distinct dates", () => {
    expect(leastSquares(points([3, 1]))).toBeUndefined();
    expect(leastSquares(points([3, 1], [3, 2]))).toBeUndefined();
  });

  it("counts calendar days across months and leap years", () => {
    expect(daysBetween("2027-01-31", "2027-03-01")).toBe(29);
    expect(daysBetween("2028-02-28", "2028-03-01")).toBe(2);
  });
});

describe("resolveTargetValue and timeShare", () => {
  it("resolves relative changes against the baseline", () => {
    expect(resolveTargetValue({ change: "+15%" }, 2)).toBe(2.3);
    expect(resolveTargetValue({ change: "-20%" }, 30)).toBe(24);
    expect(resolveTargetValue({ change: "+2.5%" }, 400)).toBe(410);
    expect(resolveTargetValue({ target: 7, change: undefined }, 2)).toBe(7);
    expect(resolveTargetValue({ change: "+15%" }, undefined)).toBeUndefined();
  });

  it("is the elapsed share of the way, clamped to 0..1", () => {
    expect(timeShare(day(0), day(10), day(4))).toBe(0.4);
    expect(timeShare(day(0), day(10), "2026-12-01")).toBe(0);
    expect(timeShare(day(0), day(10), day(20))).toBe(1);
    expect(timeShare(day(5), day(5), day(5))).toBe(1);
  });
});

describe("computeTargetProgress", () => {
  const brief = (target: Target, observed: ReturnType<typeof points>, today: string, withHorizon = true) => {
    const p = computeTargetProgress(target, observed, { today, ...(withHorizon && { horizon }) });
    return {
      status: p.status,
      reason: p.reason,
      baseline: p.baseline,
      target: p.target,
      latest: p.latest,
      share: p.share,
      expected: p.expected,
      projection: p.projection,
    };
  };

  it("higher is better: a trend that reaches the target exactly is on track", () => {
    // 20 on day 2, 40 on day 4: 10 a day, so 100 on day 10; the straight line expects 40 on day 4.
    expect(brief(base, points([2, 20], [4, 40]), day(4))).toEqual({
      status: "on-track",
      reason: "projection-reaches",
      baseline: 0,
      target: 100,
      latest: { date: day(4), value: 40 },
      share: 0.4,
      expected: 40,
      projection: 100,
    });
  });

  it("a trend that gets exactly 80% of the way is at risk, a little less is off track", () => {
    expect(brief(base, points([2, 16], [4, 32]), day(4))).toMatchObject({
      status: "at-risk",
      reason: "projection-close",
      projection: 80,
    });
    const short = brief(base, points([2, 16], [4, 31.9]), day(4));
    expect(short).toMatchObject({ status: "off-track", reason: "projection-short" });
    expect(short.projection).toBeCloseTo(79.6, 10);
  });

  it("ahead of the line today but flattening is at risk", () => {
    expect(brief(base, points([2, 40], [4, 42]), day(4))).toMatchObject({
      status: "at-risk",
      reason: "ahead-of-line",
      share: 0.42,
      projection: 48,
    });
  });

  it("lower is better, inferred from target < baseline", () => {
    const target: Target = { ...base, baseline: 100, target: 0 };
    const p = computeTargetProgress(target, points([2, 80], [4, 60]), { today: day(4), horizon });
    expect(p).toMatchObject({ direction: "decrease", status: "on-track", share: 0.4, expected: 60, projection: 0 });
    expect(brief(target, points([2, 90], [4, 85]), day(4))).toMatchObject({
      status: "off-track",
      reason: "projection-short",
      share: 0.15,
      projection: 70,
    });
    expect(brief(target, points([2, 50], [4, 0]), day(4))).toMatchObject({ status: "achieved", share: 1 });
  });

  it("lower is better with direction: decrease and a relative change", () => {
    const target: Target = { ...base, baseline: 30, target: undefined, change: "-20%", direction: "decrease" };
    // Target 24; 27 on day 2 and 25.5 on day 4: -0.75 a day, so 21 on day 10.
    expect(brief(target, points([2, 27], [4, 25.5]), day(4))).toMatchObject({
      target: 24,
      status: "on-track",
      share: 0.75,
      projection: 21,
    });
  });

  it("a relative target resolves against the plan's baseline", () => {
    const target: Target = { ...base, baseline: 2, target: undefined, change: "+15%" };
    expect(brief(target, points([5, 2.3]), day(5))).toMatchObject({ target: 2.3, status: "achieved", share: 1 });
  });

  it("one observation: the trend runs from the plan's baseline at the start through it", () => {
    // (day 0, 0) and (day 5, 50): 10 a day, 100 at the deadline.
    expect(brief(base, points([5, 50]), day(5))).toMatchObject({
      status: "on-track",
      reason: "projection-reaches",
      projection: 100,
      share: 0.5,
      expected: 50,
    });
    expect(brief(base, points([5, 30]), day(5))).toMatchObject({
      status: "off-track",
      reason: "projection-short",
      projection: 60,
    });
  });

  it("one observation without a baseline in the plan: it is the baseline, and there is no trend", () => {
    const target: Target = { ...base, baseline: undefined, target: 10 };
    const p = computeTargetProgress(target, points([3, 4]), { today: day(6) });
    expect(p).toMatchObject({
      baseline: 4,
      baselineSource: "first-observation",
      start: day(3),
      share: 0,
      expectedShare: 3 / 7,
      status: "off-track",
      reason: "behind-line",
    });
    expect(p.projection).toBeUndefined();
  });

  it("no observations is no data, with the target still resolved", () => {
    const target: Target = { ...base, baseline: 2, target: undefined, change: "+50%" };
    expect(brief(target, [], day(4))).toMatchObject({
      status: "no-data",
      reason: "no-observations",
      target: 3,
      latest: undefined,
    });
  });

  it("observations after today are left out", () => {
    expect(brief(base, points([2, 20], [4, 40], [6, 100]), day(4))).toMatchObject({
      latest: { date: day(4), value: 40 },
      status: "on-track",
    });
    expect(brief(base, points([6, 100]), day(4))).toMatchObject({ status: "no-data", reason: "no-observations" });
  });

  it("on the deadline day: not yet passed, the day's own observation counts, and the line expects the target", () => {
    const onTheDay = computeTargetProgress(base, points([2, 20], [10, 99]), { today: day(10), horizon });
    expect(onTheDay).toMatchObject({ latest: { date: day(10), value: 99 }, expectedShare: 1, expected: 100, status: "at-risk", reason: "projection-close" });
    expect(brief(base, points([2, 20], [10, 100]), day(10))).toMatchObject({ status: "achieved", reason: "reached" });
  });

  it("after the deadline: achieved if reached, otherwise off track", () => {
    expect(brief(base, points([2, 20], [9, 99]), day(11))).toMatchObject({
      status: "off-track",
      reason: "deadline-passed",
    });
    expect(brief(base, points([2, 20], [9, 100]), day(11))).toMatchObject({ status: "achieved", reason: "reached" });
  });

  it("no target value or no deadline is no data, unless the target is already reached", () => {
    expect(brief({ ...base, target: undefined }, points([2, 20]), day(4))).toMatchObject({
      status: "no-data",
      reason: "no-target-value",
    });
    expect(brief({ ...base, deadline: undefined }, points([2, 20]), day(4), false)).toMatchObject({
      status: "no-data",
      reason: "no-deadline",
    });
    expect(brief({ ...base, deadline: undefined }, points([2, 120]), day(4), false)).toMatchObject({
      status: "achieved",
    });
  });

  it("the deadline falls back to the horizon's end", () => {
    const p = computeTargetProgress({ ...base, deadline: undefined }, points([2, 20]), { today: day(4), horizon });
    expect(p.deadline).toBe("2027-12-31");
  });
});
