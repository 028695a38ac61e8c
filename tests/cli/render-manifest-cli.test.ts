import { copyFileSync, existsSync, mkdtempSync, readdirSync, readFileSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import path from "node:path";
import { describe, expect, it } from "vitest";
import { repoRoot, runCli } from "../helpers/run-cli.js";

function folder(): string {
  const dir = mkdtempSync(path.join(tmpdir(), "render-manifest-"));
  copyFileSync(path.join(repoRoot, "examples/dev-community.yaml"), path.join(dir, "a.yaml"));
  copyFileSync(path.join(repoRoot, "examples/dutch-brand.yaml"), path.join(dir, "b.yaml"));
  return dir;
}
const render = (dir: string, ...args: string[]) => runCli(["render", ...args, "--out", "docs", "--today", "2026-11-24"], { cwd: dir });

describe("render's manifest (.community-plan-docs.json)", { timeout: 60_000 }, () => {
  it("records the plan, relative to the folder, and the files written", () => {
    const dir = folder();
    expect(render(dir, "a.yaml").code).toBe(0);
    expect(JSON.parse(readFileSync(path.join(dir, "docs/.community-plan-docs.json"), "utf8"))).toEqual({
      plan: "../a.yaml",
      files: ["calendar.md", "guidelines.en.md", "strategy.md"],
    });
  });

  it("refuses a folder that holds another plan's documents (exit 2, nothing written), and --replace takes it over", () => {
    const dir = folder();
    render(dir, "a.yaml");
    const refused = render(dir, "b.yaml");
    expect(refused).toMatchObject({
      code: 2,
      stdout: "",
      stderr: "community-plan: --output docs holds the documents of another plan (../a.yaml); nothing was written\n  hint: render into another folder with --output, or take this one over with --replace\n",
    });
    expect(readdirSync(path.join(dir, "docs")).sort()).toEqual([".community-plan-docs.json", "calendar.md", "guidelines.en.md", "strategy.md"]);
    const replaced = render(dir, "b.yaml", "--replace");
    expect(replaced.code).toBe(0);
    expect(replaced.stdout).toContain("docs/guidelines.en.md  (removed)\n");
    expect(readdirSync(path.join(dir, "docs")).sort()).toEqual([".community-plan-docs.json", "calendar.md", "guidelines.nl.md", "strategy.md"]);
  });

  it("removes files of the same plan no longer rendered, only those the manifest lists; --dry-run shows them", () => {
    const dir = folder();
    render(dir, "a.yaml");
    // As if the plan had dropped French: the manifest lists its guidelines from an earlier run.
    const manifestFile = path.join(dir, "docs/.community-plan-docs.json");
    const manifest = JSON.parse(readFileSync(manifestFile, "utf8")) as { files: string[] };
    writeFileSync(manifestFile, JSON.stringify({ ...manifest, files: [...manifest.files, "guidelines.fr.md"] }));
    writeFileSync(path.join(dir, "docs/guidelines.fr.md"), "old\n");
    writeFileSync(path.join(dir, "docs/notes.md"), "mine\n");
    const dry = render(dir, "a.yaml", "--dry-run");
    expect(dry.stdout).toBe(
      "docs/strategy.md  (unchanged)\ndocs/guidelines.en.md  (unchanged)\ndocs/calendar.md  (unchanged)\ndocs/guidelines.fr.md  (would be removed)\n",
    );
    expect(existsSync(path.join(dir, "docs/guidelines.fr.md"))).toBe(true);
    expect(render(dir, "a.yaml").code).toBe(0);
    expect(readdirSync(path.join(dir, "docs")).sort()).toEqual([".community-plan-docs.json", "calendar.md", "guidelines.en.md", "notes.md", "strategy.md"]);
  });

  it("keeps the documents of another format: html rendered beside md leaves the md files", () => {
    const dir = folder();
    render(dir, "a.yaml");
    expect(render(dir, "a.yaml", "--format", "html").stdout).not.toContain("removed");
    expect(readdirSync(path.join(dir, "docs")).sort()).toEqual([
      ".community-plan-docs.json", "calendar.html", "calendar.md", "guidelines.en.html", "guidelines.en.md", "strategy.html", "strategy.md",
    ]);
    expect(JSON.parse(readFileSync(path.join(dir, "docs/.community-plan-docs.json"), "utf8")).files).toHaveLength(6);
  });

  it("--only keeps the documents not asked for", () => {
    const dir = folder();
    render(dir, "a.yaml");
    expect(render(dir, "a.yaml", "--only", "calendar").stdout).toBe("docs/calendar.md  (unchanged)\n");
    expect(JSON.parse(readFileSync(path.join(dir, "docs/.community-plan-docs.json"), "utf8")).files).toEqual(["calendar.md", "guidelines.en.md", "strategy.md"]);
  });

  it("never removes a run input the manifest lists", () => {
    const dir = folder();
    render(dir, "a.yaml");
    // A hand-edited manifest that lists the plan itself, under a name of the format rendered, with
    // the plan inside the folder: stale by the manifest's word, but an input, so never removed.
    copyFileSync(path.join(dir, "a.yaml"), path.join(dir, "docs/plan.md"));
    writeFileSync(path.join(dir, "docs/.community-plan-docs.json"), JSON.stringify({ plan: "plan.md", files: ["plan.md", "strategy.md"] }));
    const run = runCli(["render", "docs/plan.md", "--out", "docs", "--today", "2026-11-24"], { cwd: dir });
    expect(run.code).toBe(2);
    expect(run.stderr).toMatch(/^community-plan: refusing to write docs\/plan\.md: it is the plan docs\/plan\.md/);
    expect(readFileSync(path.join(dir, "docs/plan.md"), "utf8")).toBe(readFileSync(path.join(dir, "a.yaml"), "utf8"));
  });
});
