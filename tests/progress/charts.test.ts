import { describe, expect, it } from "vitest";
import { MERMAID_LEGEND, mermaidProgressChart } from "../../src/progress/charts/mermaid-chart.js";
import { niceRange } from "../../src/progress/charts/chart-scale.js";
import { evenDates } from "../../src/progress/charts/even-dates.js";
import { svgProgressChart } from "../../src/progress/charts/svg-chart.js";
import { computeTargetProgress } from "../../src/progress/compute-target.js";
import { decreasing, increasing, noData, TODAY } from "./fixtures.js";
import { expectGolden } from "../helpers/golden.js";
import { progressGolden } from "../helpers/golden-sets.js";

describe("progress charts", () => {
  it("the fixtures have the statuses the goldens are meant to show", () => {
    expect([increasing.status, decreasing.status, noData.status]).toEqual(["on-track", "off-track", "no-data"]);
  });

  it("SVG: higher is better, on track", () => {
    expectGolden(progressGolden("peer-answers.svg"), svgProgressChart(increasing, { today: TODAY })!);
  });

  it("SVG: lower is better, off track", () => {
    expectGolden(progressGolden("first-response.svg"), svgProgressChart(decreasing, { today: TODAY })!);
  });

  it("SVG: no observations yet still shows the plan", () => {
    expectGolden(progressGolden("members-no-data.svg"), svgProgressChart(noData)!);
  });

  it("Mermaid xychart: both directions and no data", () => {
    expectGolden(progressGolden("peer-answers.mmd"), mermaidProgressChart(increasing)!);
    expectGolden(progressGolden("first-response.mmd"), mermaidProgressChart(decreasing)!);
    expectGolden(progressGolden("members-no-data.mmd"), mermaidProgressChart(noData)!);
  });

  it("every SVG is balanced: each element closed, in order", () => {
    for (const t of [increasing, decreasing, noData]) {
      const stack: string[] = [];
      for (const [, closing, name, selfClosing] of svgProgressChart(t)!.matchAll(/<(\/?)([a-z]+)[^>]*?(\/?)>/g)) {
        if (closing) expect(stack.pop()).toBe(name);
        else if (!selfClosing) stack.push(name!);
      }
      expect(stack).toEqual([]);
    }
  });

  describe("Mermaid xychart on evenly spaced dates", () => {
    const dayNumber = (date: string) => Date.parse(`${date}T00:00:00Z`) / 86_400_000;
    /** The chart's x-axis dates and its lines' values, read back from the text. */
    function readChart(chart: string) {
      const dates = [...chart.match(/x-axis \[(.*)\]/)![1]!.matchAll(/"([^"]+)"/g)].map((m) => m[1]!);
      const lines = [...chart.matchAll(/^ {2}line \[(.*)\]$/gm)].map((m) => m[1]!.split(", ").map(Number));
      return { dates, target: lines[0]!, plan: lines[1]!, observed: lines[2]! };
    }
    /** Values on a straight line over the dates: the same slope per day between every pair (to the printed two decimals). */
    function expectStraight(dates: string[], values: number[]) {
      const slope = (values.at(-1)! - values[0]!) / (dayNumber(dates.at(-1)!) - dayNumber(dates[0]!));
      dates.forEach((date, i) => { expect(values[i]!).toBeCloseTo(values[0]! + slope * (dayNumber(date) - dayNumber(dates[0]!)), 1); });
    }
    const target = { id: "members", goal: "growth", metric: "members", baseline: 100, target: 200 };
    // Unevenly spaced: two in January, then nothing until late March.
    const uneven = [
      { date: "2027-01-10", value: 104 },
      { date: "2027-01-13", value: 107 },
      { date: "2027-03-24", value: 150 },
    ];

    it("weekly up to six months: every step 7 days, ending on the deadline, the plan a straight line", () => {
      const t = computeTargetProgress({ ...target, deadline: "2027-04-30" }, uneven, { today: "2027-04-01", horizon: { start: "2027-01-01", end: "2027-12-31" } });
      const { dates, plan, observed } = readChart(mermaidProgressChart(t)!);
      expect(dates.at(-1)).toBe("2027-04-30");
      expect(dayNumber(dates[0]!) - dayNumber("2027-01-01")).toBeLessThan(7);
      for (let i = 1; i < dates.length; i++) expect(dayNumber(dates[i]!) - dayNumber(dates[i - 1]!)).toBe(7);
      expectStraight(dates, plan);
      // Each observation at its nearest date, with its own value.
      expect(observed[dates.indexOf("2027-01-15")]).toBe(107);
      expect(observed[dates.indexOf("2027-03-26")]).toBe(150);
      expect(observed.at(-1)).toBeCloseTo(t.projection!, 1);
    });

    it("monthly past six months: one point a month on the deadline's day, the plan a straight line over the dates", () => {
      const t = computeTargetProgress({ ...target, deadline: "2027-12-31" }, uneven, { today: "2027-04-01", horizon: { start: "2027-01-01", end: "2027-12-31" } });
      const { dates, plan } = readChart(mermaidProgressChart(t)!);
      expect(dates).toEqual(["2027-01-31", "2027-02-28", "2027-03-31", "2027-04-30", "2027-05-31", "2027-06-30", "2027-07-31", "2027-08-31", "2027-09-30", "2027-10-31", "2027-11-30", "2027-12-31"]);
      expectStraight(dates, plan);
    });

    it("evenDates: weekly up to six months, monthly past them, and never an empty axis", () => {
      expect(evenDates("2027-01-01", "2027-01-20")).toEqual({ step: "week", dates: ["2027-01-06", "2027-01-13", "2027-01-20"] });
      expect(evenDates("2027-01-01", "2027-07-01").step).toBe("week");
      expect(evenDates("2027-01-01", "2027-07-02").step).toBe("month");
      expect(evenDates("2027-01-01", "2027-01-05")).toEqual({ step: "week", dates: ["2027-01-01", "2027-01-05"] });
      expect(evenDates("2027-01-01", "2027-01-01").dates).toEqual(["2027-01-01"]);
      expect(evenDates("2027-03-01", "2027-01-01").dates).toEqual(["2027-01-01", "2027-03-01"]);
    });

    it("the legend says how the dates are spaced", () => {
      expect(MERMAID_LEGEND).toMatch(/evenly spaced, one per week \(one per month when the deadline is over six months after the start\)/);
    });
  });

  it("a target with nothing to draw has no chart", () => {
    const bare = computeTargetProgress({ id: "x", goal: "g", metric: "m" }, [], { today: TODAY });
    expect(svgProgressChart(bare)).toBeUndefined();
    expect(mermaidProgressChart(bare)).toBeUndefined();
  });

  it("the SVG is deterministic and escapes text", () => {
    const odd = { ...increasing, unit: "<b>&" };
    const svg = svgProgressChart(odd)!;
    expect(svg).toContain("target 50 &lt;b&gt;&amp;");
    expect(svg).not.toContain("<b>");
    expect(svgProgressChart(odd)).toBe(svg);
  });

  it("the y range is round numbers with room around the values", () => {
    expect(niceRange([35, 50, 45])).toEqual({ min: 30, max: 55 });
    expect(niceRange([400, 500])).toEqual({ min: 350, max: 550 });
    expect(niceRange([0, 1])).toEqual({ min: 0, max: 1.5 });
    expect(niceRange([7, 7])).toEqual({ min: 6, max: 8 });
    expect(niceRange([-3, 2])).toEqual({ min: -4, max: 4 });
  });
});
