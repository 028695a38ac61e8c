// The pure parts of `npm run bench`: the statistics, the goal verdicts and the generated plans.
// Nothing here is timed; the benchmark itself is a script, not a test.
import { describe, expect, it } from "vitest";
import { parse } from "yaml";
import { verdicts, type Row } from "../../scripts/bench/goals.mjs";
import { generatedPlan } from "../../scripts/bench/plan-generator.mjs";
import { growthPer10x, median, peak } from "../../scripts/bench/stats.mjs";
import { lintText } from "../../src/index.js";

describe("median and peak", () => {
  it("takes the middle value, or the mean of the two middle ones", () => {
    expect(median([5, 1, 3])).toBe(3);
    expect(median([4, 1, 3, 2])).toBe(2.5);
    expect(median([])).toBeNaN();
  });

  it("takes the largest value that was measured", () => {
    expect(peak([1, NaN, 3, 2])).toBe(3);
    expect(peak([NaN])).toBeNaN();
  });
});

describe("growthPer10x", () => {
  it("is 10 for time proportional to size, whatever the step between sizes", () => {
    const points = [10, 100, 10_000].map((size) => ({ size, value: 2 * size }));
    const growth = growthPer10x(points);
    expect(growth[0]).toBeUndefined();
    expect(growth[1]).toBeCloseTo(10);
    expect(growth[2]).toBeCloseTo(10);
  });

  it("stays under 10 while a fixed start-up cost dominates", () => {
    const growth = growthPer10x([10, 100].map((size) => ({ size, value: 100 + size })));
    expect(growth[1]).toBeCloseTo(200 / 110);
  });

  it("is undefined where a value is missing", () => {
    expect(growthPer10x([{ size: 10, value: NaN }, { size: 100, value: 5 }])[1]).toBeUndefined();
  });
});

describe("verdicts", () => {
  const row = (over: Partial<Row> & Pick<Row, "name" | "role">): Row => ({ ms: NaN, mib: NaN, ...over });
  const rows: Row[] = [
    row({ name: "node -e 0", role: "floor", ms: 100 }),
    row({ name: "community-plan --version", role: "version", ms: 130 }),
    row({ name: "lint a.yaml", role: "lint-example", plan: "a.yaml", ms: 140, mib: 50 }),
    row({ name: "lint b.yaml", role: "lint-example", plan: "b.yaml", ms: 180, mib: 70 }),
    row({ name: "spectral lint (a.yaml)", role: "peer-spectral", plan: "a.yaml", ms: 1400 }),
    row({ name: "lint, 10 targets", role: "scale-plan", size: 10, ms: 150 }),
    row({ name: "lint, 100 targets", role: "scale-plan", size: 100, ms: 300, growth: 2 }),
  ];
  const all = verdicts(rows);
  const find = (subject: string, target: RegExp) => all.find((v) => v.subject === subject && target.test(v.target));

  it("judges every row a goal applies to, from the measured values", () => {
    expect(find("lint a.yaml", /1\.7×/)).toMatchObject({ measured: "1.40× `node -e 0`", met: true });
    expect(find("lint b.yaml", /1\.7×/)).toMatchObject({ measured: "1.80× `node -e 0`", met: false });
    expect(find("lint b.yaml", /MiB/)).toMatchObject({ measured: "70.0 MiB", met: false });
    expect(find("community-plan --version", /1\.2×/)).toMatchObject({ met: false });
    expect(find("lint, 100 targets", /per 10×/)).toMatchObject({ measured: "2.0× per 10×", met: true });
  });

  it("compares lint with Spectral on the same plan only", () => {
    const peer = all.filter((v) => /Spectral/.test(v.target));
    expect(peer).toEqual([expect.objectContaining({ subject: "lint a.yaml vs spectral lint (a.yaml)", value: 10, met: true })]);
  });

  it("says which goals had nothing to judge instead of passing them", () => {
    const unmeasured = all.filter((v) => v.met === undefined).map((v) => v.subject);
    expect(unmeasured).toEqual([
      "`calendar` for a quarter and `render` of the largest example",
      "`lint` of 10,000 targets",
      "`lint` of 1,000 files in one call",
    ]);
  });
});

describe("generatedPlan", () => {
  it.each([1, 3, 10, 100, 1000])("with %i targets, personas and series lints with no finding at all", async (n) => {
    const text = generatedPlan(n);
    const plan = parse(text) as Record<string, unknown[]> & { content: { series: unknown[] } };
    expect([plan.targets!.length, plan.personas!.length, plan.content.series.length]).toEqual([n, n, n]);
    // A warning would make lint parse the plan a second time, with yaml, for its position.
    const findings = (await lintText(text, `plan-${n}.yaml`, { today: "2026-11-24" })).diagnostics.map((d) => `${d.ruleId}: ${d.message}`);
    expect(findings).toEqual([]);
  });
});
