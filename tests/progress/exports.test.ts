// Reading the exports teams download (Discourse, Discord, Slack) into one number per period.
// The fixtures are in tests/fixtures/exports/; every expected number is worked out by hand in
// the comments beside it from those files.
import { mkdtempSync, readFileSync, writeFileSync, copyFileSync, readdirSync } from "node:fs";
import { tmpdir } from "node:os";
import path from "node:path";
import { describe, expect, it } from "vitest";
import { forgetInputs, runInputs } from "../../src/io/run-inputs.js";
import { lineRanges } from "../../src/outputs/progress/explain.js";
import { concentration } from "../../src/progress/exports/apply-recipe.js";
import { exportDay } from "../../src/progress/exports/export-dates.js";
import { measureFromExports, type MeasuredSeries } from "../../src/progress/exports/measure-exports.js";
import { aggregateByPeriod, median, periodStart } from "../../src/progress/exports/periods.js";
import { recipeFor } from "../../src/progress/exports/recipes.js";
import { reportFromFileName } from "../../src/progress/exports/report-name.js";
import { metricCatalogue } from "../../src/prompts/catalogues/metrics.js";
import { planFromText } from "../render/render-helpers.js";
import { repoRoot, runCli } from "../helpers/run-cli.js";

const FIXTURES = path.join(repoRoot, "tests/fixtures/exports");
const PLAN = "tests/fixtures/exports/plan.yaml";

async function seriesOf(): Promise<Map<string, MeasuredSeries>> {
  const plan = planFromText(readFileSync(path.join(repoRoot, PLAN), "utf8"));
  const { series, issues } = await measureFromExports(plan, { cwd: repoRoot, planFile: PLAN });
  expect(issues).toEqual([]);
  return new Map(series.map((s) => [s.target ?? s.metric, s]));
}

const points = (s: MeasuredSeries | undefined) => s?.points.map((p) => [p.date, Math.round(p.value * 100) / 100, p.rows]);

describe("periods and aggregation", () => {
  it("a period starts on Monday, the 1st, or a quarter's first day", () => {
    expect(periodStart("2027-03-31", "week")).toBe("2027-03-29");
    expect(periodStart("2027-03-29", "week")).toBe("2027-03-29");
    expect(periodStart("2027-01-03", "week")).toBe("2026-12-28");
    expect(periodStart("2027-03-31", "month")).toBe("2027-03-01");
    expect(periodStart("2027-03-31", "quarter")).toBe("2027-01-01");
    expect(periodStart("2027-12-05", "quarter")).toBe("2027-10-01");
  });

  it("combines a period's rows by last, sum, mean, median or count", () => {
    const rows = [
      { date: "2027-03-03", value: 9, lines: [2] },
      { date: "2027-03-01", value: 1, lines: [3] },
      { date: "2027-03-02", value: 5, lines: [4] },
      { date: "2027-03-02", value: 3, lines: [5] },
      { date: "2027-04-01", value: 2, lines: [6] },
    ];
    const of = (aggregate: "last" | "sum" | "mean" | "median" | "count") => aggregateByPeriod(rows, aggregate, "month").map((p) => p.value);
    expect(of("last")).toEqual([9, 2]);
    expect(of("sum")).toEqual([18, 2]);
    expect(of("mean")).toEqual([4.5, 2]);
    expect(of("median")).toEqual([4, 2]);
    expect(of("count")).toEqual([4, 1]);
    expect(median([3, 1, 2])).toBe(2);
  });

  it("timestamps are seen from the community's zone; bare days and Slack's spelled days are kept", () => {
    expect(exportDay("2027-03-31T23:30:00Z", "Europe/Amsterdam")).toBe("2027-04-01");
    expect(exportDay("2027-03-31T23:30:00Z", "America/New_York")).toBe("2027-03-31");
    expect(exportDay("2027-01-01 00:30:00 UTC", "America/Los_Angeles")).toBe("2026-12-31");
    expect(exportDay("2027-03-31", "Asia/Tokyo")).toBe("2027-03-31");
    expect(exportDay("Mar 30, 2027", "Europe/Amsterdam")).toBe("2027-03-30");
    expect(exportDay("30/03/2027", "Europe/Amsterdam")).toBeUndefined();
  });

  it("reads the report from Discourse's and Discord's file names", () => {
    expect(reportFromFileName("/x/time_to_first_response-270601-091512-1.zip")).toBe("time_to_first_response");
    expect(reportFromFileName("guild-communicators_2_.csv")).toBe("guild-communicators");
    expect(reportFromFileName("guild-communicators (3).csv")).toBe("guild-communicators");
    expect(reportFromFileName("guild-total-membership.csv")).toBe("guild-total-membership");
  });

  it("contributor concentration is the share of posts by the top 10 % of posters, rounded up", () => {
    // 8 posters: the top 1 wrote 50 of 100.
    expect(concentration([50, 20, 10, 8, 5, 4, 2, 1, 0, 0])).toBe(50);
    // 11 posters: the top 2 wrote 20 of 30.
    expect(concentration([10, 10, 1, 1, 1, 1, 1, 1, 1, 1, 2])).toBeCloseTo(66.667, 3);
    expect(concentration([0, 0])).toBe(0);
    expect(lineRanges([2, 3, 4, 7, 9, 10])).toBe("2-4, 7, 9-10");
  });
});

describe("exports are run inputs", () => {
  it("every export read is noted, so no output of the run can replace it", async () => {
    forgetInputs();
    await seriesOf();
    const read = runInputs().filter((i) => i.kind === "export").map((i) => path.basename(i.file)).sort();
    expect(read).toEqual([
      "Lattice Channels Analytics.csv",
      "Lattice Members Analytics.csv",
      "guild-joins-by-source_2_.csv",
      "new_contributors-270402-101010-7.csv",
      "time_to_first_response-270403-080000-9.zip",
      "user-list-270401-120000-3.csv",
    ]);
    forgetInputs();
  });
});

describe("the wizard's catalogue", () => {
  it("names, for each computed metric, an export that can give it", () => {
    const computed = metricCatalogue.filter((m) => m.measure);
    expect(computed.map((m) => m.measure!.compute).sort()).toEqual(["active-members", "contributor-concentration", "newcomers", "time-to-first-response"]);
    for (const m of computed) expect(recipeFor(m.measure!, m.measure!.report).kind).toMatch(/^(dated|snapshot)$/);
  });
});

describe("each source, from its fixture", () => {
  it("Discourse report with a German header: read by position, summed per month", async () => {
    // new_contributors: March 3 + 5 + 4, April 7 + 6.
    expect(points((await seriesOf()).get("forum-newcomers"))).toEqual([
      ["2027-03-01", 12, 3],
      ["2027-04-01", 13, 2],
    ]);
  });

  it("zipped Discourse report: median time to first response; a blank day is no data", async () => {
    const s = (await seriesOf()).get("first-response")!;
    // March 30, (blank), 10, 20: median 20 of 3 rows; April 8, 6: 7.
    expect(points(s)).toEqual([
      ["2027-03-01", 20, 3],
      ["2027-04-01", 7, 2],
    ]);
    expect(s.points[0]!.from).toEqual([{ file: "tests/fixtures/exports/time_to_first_response-270403-080000-9.zip", lines: [2, 4, 5] }]);
    expect(s.columns).toBe('column 2 ("Count"), dated by column 1 ("Day")');
  });

  it("Discord file with a _2_ suffix and upper-case headers: newcomers summed in the community's zone", async () => {
    // 30 March: 4 + 2; 31 March 23:30 UTC is 1 April in Amsterdam: 5 + 3 in April.
    expect(points((await seriesOf()).get("discord-newcomers"))).toEqual([
      ["2027-03-01", 6, 2],
      ["2027-04-01", 8, 2],
    ]);
  });

  it("Discourse user list: contributor concentration as of the latest visit, newcomers by sign-up", async () => {
    const series = await seriesOf();
    // Posters 50, 20, 10, 8, 5, 4, 2, 1: the top one (10 % of 8, rounded up) wrote half; alice was last seen 1 April.
    expect(points(series.get("forum-concentration"))).toEqual([["2027-04-01", 50, 1]]);
    // Sign-ups: Nov, Dec, Jan, Feb one each; six in March; the system account has no date.
    expect(points(series.get("forum-signups-by-list"))).toEqual([
      ["2026-11-01", 1, 1],
      ["2026-12-01", 1, 1],
      ["2027-01-01", 1, 1],
      ["2027-02-01", 1, 1],
      ["2027-03-01", 6, 6],
    ]);
  });

  it("Slack members: active members, concentration and newcomers; channels: messages as of asOf", async () => {
    const series = await seriesOf();
    // Days active 20, 15, 3, 1, 0; latest activity "Mar 31, 2027".
    expect(points(series.get("slack-active"))).toEqual([["2027-03-01", 4, 1]]);
    // Messages 40, 30, 20, 10: the top one of four wrote 40 of 100.
    expect(points(series.get("slack-concentration"))).toEqual([["2027-03-01", 40, 1]]);
    // Accounts created Jan 4 (two), Feb 12, Mar 2, Mar 3: five in the first quarter.
    expect(points(series.get("slack-newcomers"))).toEqual([["2027-01-01", 5, 5]]);
    // 60 + 40 messages.
    expect(points(series.get("slack-messages"))).toEqual([["2027-03-01", 100, 1]]);
  });
});

describe("community-plan progress with exports (black box)", () => {
  it("--explain names the file, the lines and the aggregation of each number", () => {
    const run = runCli(["progress", PLAN, "--today", "2027-04-15", "--explain", "first-response"]);
    expect(run.stderr).toBe("");
    expect(run.code).toBe(0);
    const zip = "tests/fixtures/exports/time_to_first_response-270403-080000-9.zip";
    expect(run.stdout).toBe(
      [
        "first-response: response-time-hours on forum",
        "  source:    discourse-report, time_to_first_response, computed: time-to-first-response",
        `  files:     ${zip}`,
        '  read:      column 2 ("Count"), dated by column 1 ("Day")',
        "  each row:  median per month, dated on the period's first day",
        "",
        `  2027-03-01         20  median of 3 rows: ${zip} lines 2, 4-5`,
        `  2027-04-01          7  median of 2 rows: ${zip} lines 6-7`,
        "",
      ].join("\n"),
    );
  });

  it("a missing column fails with the columns found, at file:line, exit 2, and nothing on stdout", () => {
    const dir = copyFixtures();
    writePlanMeasuring(dir, '{ from: discord-insights, file: guild-communicators.csv, compute: active-members }');
    const run = runCli(["progress", "plan.yaml", "--today", "2027-04-15"], { cwd: dir });
    expect(run.code).toBe(2);
    expect(run.stdout).toBe("");
    expect(run.stderr).toBe(
      'guild-communicators.csv:1  error  no column "communicators"; the columns found are "interval_start_timestamp", "visitors", "pct_communicated"\n' +
        "community-plan: the exports have 1 error; nothing was measured\n" +
        "  hint: each problem above names the file and line; a column that is missing is listed with the columns found\n",
    );
  });

  it("a value that is no number is reported at its line", () => {
    const dir = copyFixtures();
    writePlanMeasuring(dir, "{ from: discourse-report, file: signups-270402-101010-8.csv }");
    const run = runCli(["progress", "plan.yaml", "--today", "2027-04-15"], { cwd: dir });
    expect(run.code).toBe(2);
    expect(run.stderr.split("\n")[0]).toBe('signups-270402-101010-8.csv:3  error  "n/a" in column 2 ("Count") is not a number');
  });

  it("--data finds a report's exports by their usual names; a source that cannot compute a metric says what can", () => {
    const dir = copyFixtures();
    writePlanMeasuring(dir, "{ from: discourse-report, compute: time-to-first-response }");
    const run = runCli(["progress", "plan.yaml", "--today", "2027-04-15", "--data", FIXTURES, "--format", "csv"], { cwd: dir });
    expect([run.code, run.stderr]).toEqual([0, ""]);
    expect(run.stdout).toContain("first-response,response-time-hours,forum,hours,decrease,achieved,30,12,2027-06-30,7,2027-04-01,");
    writePlanMeasuring(dir, "{ from: discourse-report, compute: active-members }");
    const wrong = runCli(["progress", "plan.yaml", "--today", "2027-04-15", "--data", FIXTURES], { cwd: dir });
    expect(wrong.code).toBe(2);
    expect(wrong.stderr).toBe(
      'community-plan: target "first-response": active-members cannot be computed from discourse-report; it needs Discord insights (guild-communicators) or Slack\'s members list (plan.yaml)\n',
    );
    const missing = runCli(["progress", "plan.yaml", "--today", "2027-04-15"], { cwd: dir });
    expect(missing.code).toBe(2);
  });

  it("an actuals file as a source: its rows of the target's metric and channel, averaged per month", () => {
    const dir = copyFixtures();
    writeFileSync(
      path.join(dir, "weekly.csv"),
      "date,metric,value,channel\n2027-03-07,response-time-hours,20,forum\n2027-03-14,response-time-hours,16,forum\n2027-03-14,response-time-hours,99,discord\n2027-04-04,response-time-hours,9,\n",
    );
    writePlanMeasuring(dir, "{ from: actuals, file: weekly.csv, aggregate: mean }");
    const run = runCli(["progress", "plan.yaml", "--today", "2027-04-15", "--explain", "first-response"], { cwd: dir });
    expect([run.code, run.stderr]).toEqual([0, ""]);
    // March: 20 and 16 on the forum (the Discord row is another channel's); April: 9, with no channel.
    expect(run.stdout.split("\n").slice(-3)).toEqual([
      "  2027-03-01         18  mean of 2 rows: weekly.csv lines 2-3",
      "  2027-04-01          9  mean of 1 row: weekly.csv line 5",
      "",
    ]);
  });

  it("render --data: the progress section has a chart and says where the number came from; nothing is written beside the exports", () => {
    const dir = copyFixtures();
    const before = readdirSync(dir).sort();
    const out = mkdtempSync(path.join(tmpdir(), "community-plan-exports-docs-"));
    const run = runCli(["render", PLAN, "--today", "2027-04-15", "--data", FIXTURES, "--only", "strategy", "--out", out], { cwd: repoRoot });
    expect([run.code, run.stderr]).toEqual([0, ""]);
    const inDir = runCli(["progress", "plan.yaml", "--today", "2027-04-15", "--format", "json"], { cwd: dir });
    expect([inDir.code, inDir.stderr]).toEqual([0, ""]);
    // No unzipped copy, cache or report lands in the exports' folder.
    expect(readdirSync(dir).sort()).toEqual(before);
    const md = readFileSync(path.join(out, "strategy.md"), "utf8");
    expect(md).toContain("| first-response (Response time) | **achieved** | 7 hours on 1 Apr 2027 |");
    expect(md).toContain("### first-response\n\n```mermaid\n");
    expect(md).toContain(
      "- first-response: median time to first response, computed from the Discourse report time_to_first_response, the median of each month; from tests/fixtures/exports/time_to_first_response-270403-080000-9.zip",
    );
  });
});

function copyFixtures(): string {
  const dir = mkdtempSync(path.join(tmpdir(), "community-plan-exports-"));
  for (const name of readdirSync(FIXTURES)) copyFileSync(path.join(FIXTURES, name), path.join(dir, name));
  return dir;
}

/** The fixture plan with its target measured by `measure` and no watched metrics. */
function writePlanMeasuring(dir: string, measure: string): void {
  const text = readFileSync(path.join(repoRoot, PLAN), "utf8")
    .replace(/measure: \{ from: discourse-report, file: time_to_first_response-\*\.zip, compute: time-to-first-response \}/, `measure: ${measure}`)
    .replace(/\n {2}metrics:\n(?: {4}.*\n)+/, "\n");
  writeFileSync(path.join(dir, "plan.yaml"), text);
}
