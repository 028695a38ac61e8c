// Outputs never replace inputs: every command that writes refuses, with exit 2, one line naming
// both paths, and nothing written, when an output is the same file as something the run read
// (a plan, the actuals, the answers file, a template), however the two paths spell it.
import { copyFileSync, linkSync, mkdirSync, mkdtempSync, readdirSync, readFileSync, symlinkSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import path from "node:path";
import { beforeEach, describe, expect, it } from "vitest";
import { minimalPlan, TODAY } from "../helpers/plans.js";
import { repoRoot, runCli } from "../helpers/run-cli.js";

let dir: string;
beforeEach(() => {
  dir = mkdtempSync(path.join(tmpdir(), "community-plan-inputs-"));
  writeFileSync(path.join(dir, "plan.yaml"), minimalPlan);
});

const run = (args: string[], cwd = dir) => runCli(args, { cwd });
const calendarTo = (plan: string, output: string) => run(["calendar", plan, "--today", TODAY, "--quarter", "2027-Q1", "--format", "ics", "--output", output]);
const listing = (folder: string) => readdirSync(folder, { recursive: true, encoding: "utf8" }).sort();

/** The refusal, and proof that nothing was written: the plan whole, no new file anywhere. */
function expectRefused(result: { code: number | null; stdout: string; stderr: string }, output: string, input: string, before: string[]) {
  expect(result.stderr).toBe(`community-plan: refusing to write ${output}: it is the ${input}; nothing was written\n`);
  expect(result.code).toBe(2);
  expect(readFileSync(path.join(dir, "plan.yaml"), "utf8")).toBe(minimalPlan);
  expect(listing(dir)).toEqual(before);
}

describe("calendar --output", () => {
  it("refuses the plan itself as the output", () => {
    const before = listing(dir);
    expectRefused(calendarTo("plan.yaml", "plan.yaml"), "plan.yaml", "plan plan.yaml", before);
  });

  it("refuses the plan spelled through ./sub/../", () => {
    mkdirSync(path.join(dir, "sub"));
    const before = listing(dir);
    expectRefused(calendarTo("plan.yaml", "./sub/../plan.yaml"), "plan.yaml", "plan plan.yaml", before);
  });

  it("refuses when the plan argument is a symlink to the output", () => {
    symlinkSync("plan.yaml", path.join(dir, "link.yaml"));
    const before = listing(dir);
    expectRefused(calendarTo("link.yaml", "plan.yaml"), "plan.yaml", "plan link.yaml", before);
  });

  it("refuses an output that is a symlink to the plan", () => {
    symlinkSync("plan.yaml", path.join(dir, "out.ics"));
    const before = listing(dir);
    expectRefused(calendarTo("plan.yaml", "out.ics"), "out.ics", "plan plan.yaml", before);
  });

  it("refuses a hard link to the plan", () => {
    linkSync(path.join(dir, "plan.yaml"), path.join(dir, "hard.yaml"));
    const before = listing(dir);
    expectRefused(calendarTo("hard.yaml", "plan.yaml"), "plan.yaml", "plan hard.yaml", before);
  });

  it("refuses the plan reached through a symlinked folder", () => {
    symlinkSync(".", path.join(dir, "here"));
    const before = listing(dir);
    expectRefused(calendarTo("plan.yaml", "here/plan.yaml"), "here/plan.yaml", "plan plan.yaml", before);
  });

  it("still writes a new file, or over a file that is not an input", () => {
    writeFileSync(path.join(dir, "old.ics"), "old\n");
    expect(calendarTo("plan.yaml", "old.ics").code).toBe(0);
    expect(calendarTo("plan.yaml", "new.ics").code).toBe(0);
    expect(readFileSync(path.join(dir, "old.ics"), "utf8")).toMatch(/^BEGIN:VCALENDAR/);
  });
});

describe("render", () => {
  it("cd dir && render strategy.md --out . refuses to replace the plan named like a document", () => {
    copyFileSync(path.join(dir, "plan.yaml"), path.join(dir, "strategy.md"));
    const before = listing(dir);
    const result = run(["render", "strategy.md", "--today", TODAY, "--out", "."]);
    expectRefused(result, "strategy.md", "plan strategy.md", before);
    expect(readFileSync(path.join(dir, "strategy.md"), "utf8")).toBe(minimalPlan);
  });

  it("refuses before the first document, so no other document is written either", () => {
    // calendar.html is written last; the documents before it must not appear.
    copyFileSync(path.join(dir, "plan.yaml"), path.join(dir, "calendar.html"));
    const before = listing(dir);
    expectRefused(run(["render", "calendar.html", "--today", TODAY, "--format", "html", "--out", "."]), "calendar.html", "plan calendar.html", before);
  });

  it("refuses --dry-run too: it would fail", () => {
    copyFileSync(path.join(dir, "plan.yaml"), path.join(dir, "strategy.md"));
    const before = listing(dir);
    expectRefused(run(["render", "strategy.md", "--today", TODAY, "--out", ".", "--dry-run"]), "strategy.md", "plan strategy.md", before);
  });

  it("refuses a document that is a hard link to the actuals", () => {
    writeFileSync(path.join(dir, "actuals.csv"), "date,metric,value\n2026-11-01,comments-per-post,3\n");
    mkdirSync(path.join(dir, "out"));
    linkSync(path.join(dir, "actuals.csv"), path.join(dir, "out", "strategy.md"));
    const before = listing(dir);
    expectRefused(run(["render", "plan.yaml", "--today", TODAY, "--out", "out", "--actuals", "actuals.csv"]), "out/strategy.md", "actuals actuals.csv", before);
  });

  it("refuses a document that is a symlink to a template in --templates", () => {
    mkdirSync(path.join(dir, "my-templates"));
    copyFileSync(path.join(repoRoot, "templates/strategy.md.hbs"), path.join(dir, "my-templates/strategy.md.hbs"));
    mkdirSync(path.join(dir, "out"));
    symlinkSync("../my-templates/strategy.md.hbs", path.join(dir, "out", "strategy.md"));
    const before = listing(dir);
    expectRefused(
      run(["render", "plan.yaml", "--today", TODAY, "--out", "out", "--templates", "my-templates"]),
      "out/strategy.md",
      "template my-templates/strategy.md.hbs",
      before,
    );
  });
});

describe("lint, init and templates eject", () => {
  it("lint --output-file refuses a linted file", () => {
    const before = listing(dir);
    expectRefused(run(["lint", "plan.yaml", "--today", TODAY, "--format", "json", "--output-file", "plan.yaml"]), "plan.yaml", "plan plan.yaml", before);
  });

  it("lint --report refuses a linted file before the --output-file is written", () => {
    writeFileSync(path.join(dir, "other.yaml"), minimalPlan);
    const before = listing(dir);
    const result = run(["lint", "plan.yaml", "other.yaml", "--today", TODAY, "--output-file", "out.json", "--format", "json", "--report", "sarif=other.yaml"]);
    expectRefused(result, "other.yaml", "plan other.yaml", before);
    expect(readFileSync(path.join(dir, "other.yaml"), "utf8")).toBe(minimalPlan);
  });

  it("init --force refuses to write over its own --answers file, before asking anything", () => {
    writeFileSync(path.join(dir, "answers.yaml"), "community:\n  name: Answers\n");
    const before = listing(dir);
    const result = run(["init", "answers.yaml", "--answers", "answers.yaml", "--yes", "--force", "--today", TODAY]);
    expect(result.stderr).toBe("community-plan: refusing to write answers.yaml: it is the answers file answers.yaml; nothing was written\n");
    expect(result.code).toBe(2);
    expect(readFileSync(path.join(dir, "answers.yaml"), "utf8")).toBe("community:\n  name: Answers\n");
    expect(listing(dir)).toEqual(before);
  });

  it("templates eject --force refuses to copy onto a default template (through a symlink)", () => {
    mkdirSync(path.join(dir, "ejected"));
    const original = path.join(repoRoot, "templates/strategy.md.hbs");
    const text = readFileSync(original, "utf8");
    symlinkSync(original, path.join(dir, "ejected", "strategy.md.hbs"));
    const before = listing(dir);
    const result = run(["templates", "eject", "ejected", "--force"]);
    expect(result.stderr).toBe(`community-plan: refusing to write ejected/strategy.md.hbs: it is the template ${original}; nothing was written\n`);
    expect(result.code).toBe(2);
    expect(result.stdout).toBe("");
    expect(listing(dir)).toEqual(before);
    expect(readFileSync(original, "utf8")).toBe(text);
  });
});
