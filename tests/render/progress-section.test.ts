// `render --actuals`: the strategy document's progress section, golden in both formats for the
// example plan, its example actuals and the exports its targets are measured from. Refresh after an intended change with:
//   UPDATE_GOLDEN=1 npx vitest run tests/render/progress-section.test.ts
import { mkdtempSync, readFileSync } from "node:fs";
import { tmpdir } from "node:os";
import path from "node:path";
import { describe, expect, it } from "vitest";
import { measureFromExports } from "../../src/progress/exports/measure-exports.js";
import { measureProgress } from "../../src/progress/measure-progress.js";
import { readActuals } from "../../src/progress/read-actuals.js";
import { renderDocuments } from "../../src/render/documents.js";
import { expectGolden } from "../helpers/golden.js";
import { progressSectionGolden } from "../helpers/golden-sets.js";
import { repoRoot, runCli } from "../helpers/run-cli.js";
import { planFromFile } from "./render-helpers.js";

const PLAN = "examples/dev-community.yaml";
const ACTUALS = "examples/dev-community.actuals.csv";
// After the last observation (2027-05-31), inside the targets' year.
const TODAY = "2027-06-01";

async function strategyWithProgress(format: "md" | "html"): Promise<string> {
  const plan = planFromFile(path.join(repoRoot, PLAN));
  const actuals = readActuals(readFileSync(path.join(repoRoot, ACTUALS), "utf8"), ACTUALS);
  const { series, issues } = await measureFromExports(plan, { cwd: repoRoot, planFile: PLAN });
  expect(issues).toEqual([]);
  const progress = measureProgress(plan, actuals, { today: TODAY, planFile: PLAN, actualsFile: ACTUALS, series });
  const { files } = renderDocuments(plan, { format, today: TODAY, only: ["strategy"], progress });
  return files[0]!.content;
}

describe("the strategy document with --actuals", () => {
  it.each(["md", "html"] as const)("%s matches the golden file", async (format) => {
    expectGolden(progressSectionGolden(format), await strategyWithProgress(format));
  });

  it("Markdown has a status row and a Mermaid xychart per target; HTML an inline SVG per target", async () => {
    const md = await strategyWithProgress("md");
    const section = md.slice(md.indexOf("## Progress on"), md.indexOf("## Personas"));
    expect(section).toContain("| first-response (Response time) | **on track** | 17.9 hours on 1 May 2027 |");
    // Each number measured from an export says which export and how its rows were combined.
    expect(section).toContain(
      "- first-response: median time to first response, computed from the Discourse report time_to_first_response, the median of each month; from examples/exports/time_to_first_response-270601-091512-1.zip",
    );
    expect(section.match(/```mermaid\n---\nconfig:[\s\S]*?xychart-beta\n/g)).toHaveLength(5);
    const html = await strategyWithProgress("html");
    const progress = html.slice(html.indexOf('<section id="progress">'), html.indexOf('<section id="personas">'));
    expect(progress.match(/<svg xmlns="http:\/\/www.w3.org\/2000\/svg"/g)).toHaveLength(5);
    expect(progress).toContain("<td><strong>off track</strong></td>");
  });

  it("without --actuals there is no progress section", () => {
    const plan = planFromFile(path.join(repoRoot, PLAN));
    const md = renderDocuments(plan, { format: "md", today: TODAY, only: ["strategy"] }).files[0]!.content;
    expect(md).not.toContain("## Progress");
  });

  it("plan text in a chart stays on one line, so it cannot close the Mermaid fence", () => {
    const plan = planFromFile(path.join(repoRoot, PLAN));
    const first = plan.targets[0]!;
    first.unit = "%\n```\n<script>alert(1)</script>";
    const actuals = readActuals("date,metric,value\n2027-01-31," + first.metric + ",40\n", "a.csv");
    const progress = measureProgress(plan, actuals, { today: TODAY, planFile: PLAN, actualsFile: "a.csv" });
    const md = renderDocuments(plan, { format: "md", today: TODAY, only: ["strategy"], progress }).files[0]!.content;
    const fences = md.split("\n").filter((line) => line.startsWith("```"));
    expect(fences.length % 2).toBe(0);
    expect(md).not.toMatch(/^<script>/m);
  });

  it("render --actuals writes the same bytes from the command line", () => {
    const out = mkdtempSync(path.join(tmpdir(), "community-plan-progress-"));
    const run = runCli(["render", PLAN, "--actuals", ACTUALS, "--today", TODAY, "--only", "strategy", "--out", out]);
    expect([run.code, run.stderr]).toEqual([0, ""]);
    expect(readFileSync(path.join(out, "strategy.md"), "utf8")).toBe(readFileSync(path.join(repoRoot, progressSectionGolden("md")), "utf8"));
  });
});
