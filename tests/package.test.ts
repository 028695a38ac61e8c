// Packs the project, installs the tarball into an empty directory and uses it the way a person
// who ran `npm install community-plan` would. Slow (an npm install), so it is the only test here.
import { execFileSync, spawnSync } from "node:child_process";
import { existsSync, mkdtempSync, readFileSync, readdirSync } from "node:fs";
import { tmpdir } from "node:os";
import path from "node:path";
import { beforeAll, describe, expect, it } from "vitest";
import { repoRoot } from "./helpers/run-cli.js";

const work = mkdtempSync(path.join(tmpdir(), "community-plan-pack-"));
const project = path.join(work, "project");
const npm = process.platform === "win32" ? "npm.cmd" : "npm";
const env = { ...process.env, NO_COLOR: "1", FORCE_COLOR: undefined, npm_config_update_notifier: "false" };
let files: string[] = [];

function inProject(command: string, args: string[]): { code: number | null; stdout: string; stderr: string } {
  const run = spawnSync(command, args, { cwd: project, env, encoding: "utf8", timeout: 120_000 });
  return { code: run.status, stdout: run.stdout, stderr: run.stderr };
}
const cli = (...args: string[]) => inProject("npx", ["--no-install", "community-plan", ...args]);

describe("the published package", () => {
  beforeAll(() => {
    // `npm test` has just built dist/, so packing skips the prepare script.
    const packed = JSON.parse(execFileSync(npm, ["pack", "--ignore-scripts", "--json", "--pack-destination", work], { cwd: repoRoot, env, encoding: "utf8" })) as Array<{
      filename: string;
      files: Array<{ path: string }>;
    }>;
    files = packed[0]!.files.map((file) => file.path);
    execFileSync("mkdir", ["-p", project]);
    execFileSync(npm, ["init", "-y"], { cwd: project, env, stdio: "ignore" });
    execFileSync(npm, ["install", path.join(work, packed[0]!.filename), "--no-audit", "--no-fund", "--prefer-offline"], { cwd: project, env, stdio: "ignore" });
  }, 300_000);

  it("ships the CLI, the built code, precompiled templates, templates and the schema, and no tests, sources or code caches", () => {
    expect(files).toEqual(expect.arrayContaining(["bin/community-plan.js", "dist/cli-bundle/start.js", "dist/bundle/index.js", "dist/index.d.ts", "dist/precompiled-templates/strategy.md.hbs.cjs", "schemas/community-plan.schema.json", "templates/strategy.md.hbs", "package.json", "README.md"]));
    const templates = readdirSync(path.join(repoRoot, "templates"), { recursive: true }).map(String).filter((file) => file.endsWith(".hbs"));
    for (const template of templates) expect(files).toContain(`templates/${template.split(path.sep).join("/")}`);
    expect(files.filter((file) => /(^|\/)tests\/|\.test\.|^src\/|^examples\/|\.code-cache$/.test(file))).toEqual([]);
  });

  it("runs --version, lint --help, init --yes, lint, render and calendar from the installed package", { timeout: 120_000 }, () => {
    const version = (JSON.parse(readFileSync(path.join(repoRoot, "package.json"), "utf8")) as { version: string }).version;
    expect(cli("--version")).toMatchObject({ code: 0, stdout: `${version}\n` });
    expect(cli("lint", "--help")).toMatchObject({ code: 0, stdout: expect.stringMatching(/^Usage: community-plan lint \[options\] <files\.\.\.>\n/) });
    expect(cli("init", "--yes", "--today", "2027-01-04").code).toBe(0);
    expect(existsSync(path.join(project, "community-plan.yaml"))).toBe(true);
    expect(cli("lint", "community-plan.yaml", "--today", "2027-01-04")).toMatchObject({ code: 0, stdout: "" });
    const render = cli("render", "community-plan.yaml", "--today", "2027-01-04", "--out", "docs");
    expect(render.code).toBe(0);
    expect(readFileSync(path.join(project, "docs/strategy.md"), "utf8")).toMatch(/^# /);
    const calendar = cli("calendar", "community-plan.yaml", "--today", "2027-01-04", "--format", "ics");
    expect(calendar.code).toBe(0);
    expect(calendar.stdout).toMatch(/^BEGIN:VCALENDAR\r\n/);
  });

  it("exposes the programmatic API and the schema through the package's exports", () => {
    const script = [
      'import { lintText } from "community-plan";',
      'import { createRequire } from "node:module";',
      'const result = await lintText("version: 1\\n", "plan.yaml");',
      'const schema = createRequire(import.meta.url).resolve("community-plan/schema.json");',
      "console.log(JSON.stringify({ file: result.file, ids: [...new Set(result.diagnostics.map((d) => d.ruleId))], schema }));",
    ].join("\n");
    const run = inProject(process.execPath, ["--input-type=module", "-e", script]);
    expect(run.stderr).toBe("");
    const out = JSON.parse(run.stdout) as { file: string; ids: string[]; schema: string };
    expect(out.file).toBe("plan.yaml");
    expect(out.ids).toEqual(["schema"]);
    expect(out.schema).toBe(path.join(project, "node_modules/community-plan/schemas/community-plan.schema.json"));
    expect(JSON.parse(readFileSync(out.schema, "utf8"))).toHaveProperty("$schema");
  });
});
