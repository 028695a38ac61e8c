import { existsSync, lstatSync, mkdirSync, mkdtempSync, readFileSync, readdirSync, symlinkSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import path from "node:path";
import { beforeEach, describe, expect, it } from "vitest";
import { minimalPlan, TODAY } from "../helpers/plans.js";
import { repoRoot, runCli } from "../helpers/run-cli.js";

let dir: string;
beforeEach(() => {
  dir = mkdtempSync(path.join(tmpdir(), "community-plan-render-"));
  writeFileSync(path.join(dir, "plan.yaml"), minimalPlan);
});

const render = (...args: string[]) => runCli(["render", "plan.yaml", "--today", TODAY, ...args], { cwd: dir });

describe("community-plan render (black box)", () => {
  it("writes the documents into ./community-plan-docs and prints their paths", () => {
    const run = render();
    expect(run).toEqual({
      code: 0,
      stdout: "community-plan-docs/strategy.md\ncommunity-plan-docs/guidelines.en.md\ncommunity-plan-docs/calendar.md\n",
      stderr: "",
    });
    expect(readFileSync(path.join(dir, "community-plan-docs/strategy.md"), "utf8")).toMatch(/^# Test community: community strategy\n/);
    // No temp files are left behind.
    expect(readdirSync(path.join(dir, "community-plan-docs")).sort()).toEqual([".community-plan-docs.json", "calendar.md", "guidelines.en.md", "strategy.md"]);
  });

  it("gives the same bytes on a second run and reports the files as unchanged", () => {
    render("--format", "html", "--out", "a");
    const second = render("--format", "html", "--out", "b");
    expect(second.code).toBe(0);
    for (const name of ["strategy.html", "guidelines.en.html", "calendar.html"]) {
      expect(readFileSync(path.join(dir, "b", name), "utf8")).toBe(readFileSync(path.join(dir, "a", name), "utf8"));
    }
    expect(render("--format", "html", "--out", "b").stdout).toBe(
      "b/strategy.html  (unchanged)\nb/guidelines.en.html  (unchanged)\nb/calendar.html  (unchanged)\n",
    );
  });

  it("--dry-run lists what would change and writes nothing", () => {
    expect(render("--dry-run").stdout).toBe(
      "community-plan-docs/strategy.md  (would be created)\ncommunity-plan-docs/guidelines.en.md  (would be created)\ncommunity-plan-docs/calendar.md  (would be created)\n",
    );
    expect(existsSync(path.join(dir, "community-plan-docs"))).toBe(false);
    render();
    writeFileSync(path.join(dir, "community-plan-docs/strategy.md"), "edited by hand\n");
    expect(render("--dry-run").stdout).toBe(
      "community-plan-docs/strategy.md  (would be changed)\ncommunity-plan-docs/guidelines.en.md  (unchanged)\ncommunity-plan-docs/calendar.md  (unchanged)\n",
    );
    expect(readFileSync(path.join(dir, "community-plan-docs/strategy.md"), "utf8")).toBe("edited by hand\n");
  });

  it("--only limits the documents", () => {
    expect(render("--only", "guidelines").stdout).toBe("community-plan-docs/guidelines.en.md\n");
    const bad = render("--only", "agenda");
    expect(bad.code).toBe(2);
    expect(bad.stderr).toMatch(/option '--only <documents>' argument 'agenda' is invalid/);
  });

  it("--format txt writes the guidelines only, as plain text; with --only calendar it refuses, exit 2, writing nothing", () => {
    expect(render("--format", "txt")).toEqual({ code: 0, stdout: "community-plan-docs/guidelines.en.txt\n", stderr: "" });
    expect(readFileSync(path.join(dir, "community-plan-docs/guidelines.en.txt"), "utf8")).toMatch(/^Community guidelines: Test community\n\n/);
    expect(render("--format", "txt", "--only", "guidelines,calendar", "--out", "txt")).toEqual({
      code: 2,
      stdout: "",
      stderr: "community-plan: --format txt writes only the guidelines, not the calendar\n  hint: use --only guidelines, or --format md or html for the calendar\n",
    });
    expect(existsSync(path.join(dir, "txt"))).toBe(false);
  });

  it("--only calendar writes the calendar for the next quarter, or the --quarter/--from/--to asked for", () => {
    expect(render("--only", "calendar").stdout).toBe("community-plan-docs/calendar.md\n");
    const next = readFileSync(path.join(dir, "community-plan-docs/calendar.md"), "utf8");
    expect(next).toMatch(/^# Test community: content calendar 2027-Q1\n\n2027-01-01 to 2027-03-31: /);
    // The same bytes as `community-plan calendar --format md`: one template, one engine.
    expect(runCli(["calendar", "plan.yaml", "--today", TODAY, "--format", "md"], { cwd: dir }).stdout).toBe(next);
    render("--only", "calendar", "--quarter", "2027-Q3", "--out", "q3");
    expect(readFileSync(path.join(dir, "q3/calendar.md"), "utf8")).toMatch(/^# Test community: content calendar 2027-Q3\n/);
    render("--only", "calendar", "--from", "2027-02-01", "--to", "2027-02-14", "--out", "feb");
    expect(readFileSync(path.join(dir, "feb/calendar.md"), "utf8")).toMatch(/content calendar 2027-02-01 to 2027-02-14\n/);
    const both = render("--only", "calendar", "--quarter", "next", "--from", "2027-02-01", "--to", "2027-02-14");
    expect([both.code, both.stderr]).toEqual([2, "community-plan: use either --quarter or --from/--to, not both\n"]);
  });

  it("does not render a plan with lint errors: shows them and exits 1, unless --force", () => {
    const duplicateRule = "    - id: be-kind\n      title: Be kind again\n  consequences:";
    writeFileSync(path.join(dir, "plan.yaml"), minimalPlan.replace("  consequences:", duplicateRule));
    const run = render();
    expect(run.code).toBe(1);
    expect(run.stdout).toBe("");
    expect(run.stderr).toMatch(/^plan\.yaml:\d+:\d+ {2}error {2}The id "be-kind" is already used by guidelines\.rules\[0\]/);
    expect(run.stderr).toContain("community-plan: plan.yaml has lint errors; fix them, or pass --force to render anyway\n");
    expect(existsSync(path.join(dir, "community-plan-docs"))).toBe(false);
    const forced = render("--force");
    expect(forced.code).toBe(0);
    expect(forced.stdout).toContain("community-plan-docs/strategy.md");
    expect(forced.stderr).toContain("community-plan: plan.yaml has lint errors; going on anyway because of --force\n");
  });

  it("--actuals adds the progress section; errors in the actuals stop the run like progress's, exit 2", () => {
    writeFileSync(path.join(dir, "good.csv"), "date,metric,value\n2026-11-01,comments-per-post,2.1\n");
    expect(render("--actuals", "good.csv", "--only", "strategy").code).toBe(0);
    const strategy = readFileSync(path.join(dir, "community-plan-docs/strategy.md"), "utf8");
    expect(strategy).toContain("## Progress on 24 Nov 2026\n\nMeasured from `good.csv`. 1 target: ");
    writeFileSync(path.join(dir, "bad.csv"), "date,metric,value\n2027-31-01,comments-per-post,2.2\n");
    const bad = render("--actuals", "bad.csv", "--out", "other");
    expect(bad).toEqual({
      code: 2,
      stdout: "",
      stderr:
        'bad.csv:2  error  "2027-31-01" is not a date like 2027-03-31\n' +
        "community-plan: the actuals have 1 error; nothing was measured (bad.csv)\n" +
        "  hint: each row needs a date like 2027-03-31, a metric name and a number like 1234.5\n",
    });
    expect(existsSync(path.join(dir, "other"))).toBe(false);
  });

  it("refuses an --out that is a file", () => {
    writeFileSync(path.join(dir, "taken"), "x");
    const run = render("--out", "taken");
    expect(run.code).toBe(2);
    expect(run.stderr).toBe(`community-plan: --out ${path.join(dir, "taken")} exists and is not a directory\n`);
  });

  it("replaces a symlink in the out directory instead of writing through it", () => {
    mkdirSync(path.join(dir, "docs"));
    writeFileSync(path.join(dir, "outside.md"), "precious\n");
    symlinkSync(path.join(dir, "outside.md"), path.join(dir, "docs/strategy.md"));
    expect(render("--out", "docs").code).toBe(0);
    expect(readFileSync(path.join(dir, "outside.md"), "utf8")).toBe("precious\n");
    expect(lstatSync(path.join(dir, "docs/strategy.md")).isSymbolicLink()).toBe(false);
  });

  it("--templates overrides one partial and keeps the default templates for the rest", () => {
    mkdirSync(path.join(dir, "mine/partials"), { recursive: true });
    writeFileSync(path.join(dir, "mine/partials/footer.md.hbs"), "Maintained by {{community.name}} · {{date today}}\n");
    expect(render("--templates", "mine").code).toBe(0);
    const strategy = readFileSync(path.join(dir, "community-plan-docs/strategy.md"), "utf8");
    expect(strategy).toMatch(/^# Test community: community strategy\n/);
    expect(strategy.slice(strategy.indexOf("## Metrics to watch"))).toBe(
      "## Metrics to watch\n\n| Metric | Target | Data source |\n| --- | --- | --- |\n| Comments per post | 2.0 → 2.3 comments by 31 Mar 2027 | — |\n\nMaintained by Test community · 24 Nov 2026\n",
    );
    expect(render("--templates", "missing").stderr).toBe(`community-plan: --templates ${path.join(dir, "missing")} is not a directory\n`);
  });

  it("a broken custom template fails with the template's name and line, exit 2", () => {
    mkdirSync(path.join(dir, "mine"));
    writeFileSync(path.join(dir, "mine/guidelines.md.hbs"), "# {{community.name}}\n\n{{community.slogan}}\n");
    const run = render("--templates", "mine", "--only", "guidelines");
    expect(run.code).toBe(2);
    expect(run.stderr).toBe(
      'community-plan: template error in mine/guidelines.md.hbs:3:3: "slogan" is not defined\n' +
        "  hint: fix the template, or remove it from --templates to use the default\n",
    );
  });

  it("templates eject copies every default template, and refuses to overwrite without --force", () => {
    const run = runCli(["templates", "eject", "mine"], { cwd: dir });
    expect(run.code).toBe(0);
    expect(run.stdout.split("\n")).toContain("mine/strategy.md.hbs");
    expect(run.stdout.split("\n")).toContain("mine/partials/page.html.hbs");
    expect(readFileSync(path.join(dir, "mine/strategy.md.hbs"), "utf8")).toBe(
      readFileSync(path.join(repoRoot, "templates/strategy.md.hbs"), "utf8"),
    );
    const again = runCli(["templates", "eject", "mine"], { cwd: dir });
    expect(again.code).toBe(2);
    expect(again.stderr).toMatch(/^community-plan: mine\/[\w./-]+\.hbs and \d+ more already exist\n/);
    expect(runCli(["templates", "eject", "mine", "--force"], { cwd: dir }).code).toBe(0);
    // Ejected templates (compiled at run time) render exactly like the precompiled defaults.
    for (const format of ["md", "html"]) {
      expect(render("--templates", "mine", "--out", "x", "--format", format).code).toBe(0);
      expect(render("--out", "y", "--format", format).code).toBe(0);
      for (const name of [`strategy.${format}`, `guidelines.en.${format}`]) {
        expect(readFileSync(path.join(dir, "x", name), "utf8")).toBe(readFileSync(path.join(dir, "y", name), "utf8"));
      }
    }
  });
});
