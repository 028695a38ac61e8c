import { describe, expect, it } from "vitest";
import { mermaidProgressChart } from "../../src/progress/charts/mermaid-chart.js";
import { niceRange } from "../../src/progress/charts/chart-scale.js";
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
