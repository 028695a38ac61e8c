import { characters } from "../../src/util/characters.js";
import { loadColors, noColors } from "../../src/outputs/colors.js";
import { describe, expect, it } from "vitest";
import { formatProgress, progressFormats } from "../../src/outputs/progress/index.js";
import { tableRow } from "../../src/progress/columns.js";
import { parseCsv } from "../../src/progress/parse-csv.js";
import type { ProgressReport } from "../../src/progress/types.js";
import { decreasing, increasing, noData, TODAY } from "./fixtures.js";
import { expectGolden } from "../helpers/golden.js";
import { progressReportGolden } from "../helpers/golden-sets.js";

const report: ProgressReport = {
  plan: "plan.yaml",
  actuals: "actuals.csv",
  today: TODAY,
  targets: [increasing, decreasing, noData],
  warnings: [{ severity: "warning", code: "unknown-metric", message: 'metric "member" is not in the plan', line: 7 }],
};

describe("progress formats", () => {
  for (const format of progressFormats) {
    it(`${format} matches its golden file`, async () => {
      expectGolden(progressReportGolden(format), await formatProgress(report, format, { colors: noColors }));
    });
  }

  it("stylish colours the status only when asked", async () => {
    expect(await formatProgress(report, "stylish", { colors: await loadColors(true) })).toMatch(/\u001b\[32mon track/);
    expect(await formatProgress(report, "stylish", { colors: noColors })).not.toMatch(/\u001b\[/);
  });

  it("stylish fits a terminal's width: why goes first, then projected, expected and covered", async () => {
    const full = await formatProgress(report, "stylish", { colors: noColors });
    const tableWidth = (text: string) => Math.max(...text.split("\n\n")[1]!.split("\n").map((line) => characters(line).length));
    const widest = tableWidth(full);
    const header = (text: string) => text.split("\n")[2]!.split(/ {2,}/);
    expect(await formatProgress(report, "stylish", { colors: noColors, width: widest })).toBe(full);
    const narrower = await formatProgress(report, "stylish", { colors: noColors, width: widest - 1 });
    expect(header(narrower)).toEqual(["target", "status", "latest", "baseline → target", "deadline", "covered", "expected today", "projected"]);
    expect(narrower).toMatch(/\nLeft out to fit \d+ columns: why; a wider terminal or --format md shows them\.\n$/);
    // The five columns every table keeps (target, status, latest, baseline → target, deadline) end two spaces before "covered".
    const five = full.split("\n")[2]!.indexOf("covered") - 2;
    const narrow = await formatProgress(report, "stylish", { colors: noColors, width: five });
    expect(header(narrow)).toEqual(["target", "status", "latest", "baseline → target", "deadline"]);
    expect(narrow).toContain(`Left out to fit ${five} columns: covered, expected today, projected, why;`);
    expect(tableWidth(narrow)).toBe(five);
  });

  it("stylish gives a terminal too narrow for five columns a block per target, with every column, wrapped to it", async () => {
    const five = (await formatProgress(report, "stylish", { colors: noColors })).split("\n")[2]!.indexOf("covered") - 2;
    for (const width of [five - 1, 60, 40]) {
      const text = await formatProgress(report, "stylish", { colors: noColors, width });
      expect(text).not.toContain("Left out");
      for (const line of text.split("\n")) if (line.includes(" ")) expect(characters(line).length).toBeLessThanOrEqual(width);
      // Nothing is lost: every cell of the full table is in its target's block.
      const blocks = text.split("\n\n").slice(1, -1);
      expect(blocks.map((block) => block.split("\n")[0])).toEqual(["peer-answers  on track", "first-response  off track", "members  no data"]);
      report.targets.forEach((target, i) => {
        const block = blocks[i]!.replace(/\n {2}/g, " ");
        for (const cell of tableRow(target).filter((cell) => cell !== "")) expect(block).toContain(cell);
      });
    }
    expect(await formatProgress(report, "stylish", { colors: noColors, width: 60 })).toBe(
      [
        "Progress of plan.yaml on 2027-05-01 (actuals: actuals.csv)",
        "",
        "peer-answers  on track",
        "  latest: 45% on 2027-04-30; baseline → target: 35 → 50%;",
        "  deadline: 2027-06-30; covered: 67%; expected today: 45;",
        "  projected: 50.54",
        "  the trend reaches the target by the deadline",
        "",
        "first-response  off track",
        "  latest: 23.5 hours on 2027-04-30;",
        "  baseline → target: 30 → 12 hours; deadline: 2027-06-30;",
        "  covered: 36%; expected today: 18; projected: 20.81",
        "  behind the straight line; the trend gets only 51% of the",
        "  way",
        "",
        "members  no data",
        "  baseline → target: 400 → 500; deadline: 2027-12-31",
        "  no observations of members yet",
        "",
        "3 targets: 0 achieved, 1 on track, 0 at risk, 1 off track,",
        "1 no data",
        "",
      ].join("\n"),
    );
  });

  it("json round-trips with the numbers a script needs", async () => {
    const parsed = JSON.parse(await formatProgress(report, "json", { colors: noColors }));
    expect(parsed.summary).toEqual({ achieved: 0, "on-track": 1, "at-risk": 0, "off-track": 1, "no-data": 1 });
    expect(parsed.targets[2]).toEqual({
      id: "members",
      goal: "growth",
      metric: "members",
      direction: "increase",
      status: "no-data",
      reason: "no-observations",
      baseline: 400,
      baselineSource: "plan",
      start: "2027-01-01",
      target: 500,
      deadline: "2027-12-31",
      observations: 0,
    });
    expect(parsed.warnings).toEqual([
      { line: 7, code: "unknown-metric", message: 'metric "member" is not in the plan' },
    ]);
  });

  it("csv parses back to one row per target with CRLF line ends", async () => {
    const text = await formatProgress(report, "csv", { colors: noColors });
    expect(text.split("\r\n")).toHaveLength(5);
    const rows = parseCsv(text);
    expect(rows.map((r) => [r.fields[0], r.fields[5]])).toEqual([
      ["target", "status"],
      ["peer-answers", "on-track"],
      ["first-response", "off-track"],
      ["members", "no-data"],
    ]);
  });
});
