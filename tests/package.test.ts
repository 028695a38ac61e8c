// Packs the project, installs the tarball into an empty directory and uses it the way a person
// who ran `npm install community-plan` would. Slow (an npm install), so it is the only test here.
import { execFileSync, spawnSync } from "node:child_process";
import { copyFileSync, mkdtempSync, readFileSync, readdirSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import path from "node:path";
import { beforeAll, describe, expect, it } from "vitest";
import { repoRoot } from "./helpers/run-cli.js";

const work = mkdtempSync(path.join(tmpdir(), "community-plan-pack-"));
const project = path.join(work, "project");
const npm = process.platform === "win32" ? "npm.cmd" : "npm";
const env = { ...process.env, NO_COLOR: "1", FORCE_COLOR: undefined, npm_config_update_notifier: "false" };
let files: string[] = [];
let installOutput = "";
let packedManifest: { scripts?: Record<string, string> } = {};

function inProject(command: string, args: string[]): { code: number | null; stdout: string; stderr: string } {
  const run = spawnSync(command, args, { cwd: project, env, encoding: "utf8", timeout: 120_000 });
  return { code: run.status, stdout: run.stdout, stderr: run.stderr };
}
const cli = (...args: string[]) => inProject("npx", ["--no-install", "community-plan", ...args]);

describe("the published package", () => {
  beforeAll(() => {
    // `npm test` has just built dist/, so packing skips the prepack build.
    const packed = JSON.parse(execFileSync(npm, ["pack", "--ignore-scripts", "--json", "--pack-destination", work], { cwd: repoRoot, env, encoding: "utf8" })) as Array<{
      filename: string;
      files: Array<{ path: string }>;
    }>;
    files = packed[0]!.files.map((file) => file.path);
    execFileSync("mkdir", ["-p", project]);
    execFileSync(npm, ["init", "-y"], { cwd: project, env, stdio: "ignore" });
    const install = spawnSync(npm, ["install", path.join(work, packed[0]!.filename), "--no-audit", "--no-fund", "--prefer-offline"], { cwd: project, env, encoding: "utf8" });
    if (install.status !== 0) throw new Error(`npm install of the tarball failed:\n${install.stderr}`);
    installOutput = install.stdout + install.stderr;
    packedManifest = JSON.parse(readFileSync(path.join(project, "node_modules/community-plan/package.json"), "utf8")) as typeof packedManifest;
  }, 300_000);

  it("installs without running a build or any other script of its own, and npm warns about none", () => {
    const lifecycle = ["preinstall", "install", "postinstall", "prepare"];
    expect(Object.keys(packedManifest.scripts ?? {}).filter((name) => lifecycle.includes(name))).toEqual([]);
    expect(installOutput).not.toMatch(/install-scripts|community-plan.*\b(prepare|postinstall|install):/);
    expect(installOutput).not.toMatch(/npm (warn|error)/i);
  });

  it("ships declarations a strict TypeScript project compiles without skipLibCheck", { timeout: 120_000 }, () => {
    const consumer = [
      'import { lintText } from "community-plan";',
      'import type * as Api from "community-plan";',
      'const result = await lintText("version: 1\\n", "plan.yaml");',
      "export const count: number = result.diagnostics.length;",
      "export type Everything = typeof Api;",
    ].join("\n");
    writeFileSync(path.join(project, "consumer.mts"), consumer);
    // No @types/node either: the declarations must not lean on the consumer's environment.
    const tsconfig = { compilerOptions: { strict: true, skipLibCheck: false, noEmit: true, module: "nodenext", moduleResolution: "nodenext", target: "es2022", types: [] }, files: ["consumer.mts"] };
    writeFileSync(path.join(project, "tsconfig.json"), JSON.stringify(tsconfig));
    const tsc = inProject(process.execPath, [path.join(repoRoot, "node_modules/typescript/bin/tsc"), "-p", "tsconfig.json"]);
    expect(tsc.stdout + tsc.stderr).toBe("");
    expect(tsc.code).toBe(0);
  });

  it("ships the CLI, the bundles, declarations, precompiled templates, templates and the schema, and no tests, sources, code caches or unbundled JavaScript", () => {
    expect(files).toEqual(expect.arrayContaining(["bin/community-plan.cjs", "dist/cli-bundle/start.cjs", "dist/bundle/index.js", "dist/index.d.ts", "dist/precompiled-templates/strategy.md.hbs.cjs", "schemas/community-plan.schema.json", "templates/strategy.md.hbs", "package.json", "README.md"]));
    const templates = readdirSync(path.join(repoRoot, "templates"), { recursive: true }).map(String).filter((file) => file.endsWith(".hbs"));
    for (const template of templates) expect(files).toContain(`templates/${template.split(path.sep).join("/")}`);
    expect(files.filter((file) => /(^|\/)tests\/|\.test\.|^src\/|^examples\/|\.code-cache$/.test(file))).toEqual([]);
    // tsc's JavaScript beside the declarations is for the build's own scripts: the package runs its bundles.
    expect(files.filter((file) => file.startsWith("dist/") && /\.[cm]?js$/.test(file) && !/^dist\/(bundle|cli-bundle|precompiled-templates)\//.test(file))).toEqual([]);
  });

  it("runs --version, lint --help, init --yes, lint, render and calendar from the installed package", { timeout: 120_000 }, () => {
    const version = (JSON.parse(readFileSync(path.join(repoRoot, "package.json"), "utf8")) as { version: string }).version;
    expect(cli("--version")).toMatchObject({ code: 0, stdout: `${version}\n` });
    expect(cli("lint", "--help")).toMatchObject({ code: 0, stdout: expect.stringMatching(/^Usage: community-plan lint \[options\] \[files\.\.\.\]\n/) });
    expect(cli("init", "--yes", "--today", "2027-01-04").code).toBe(0);
    // The installed schema is reachable from the plan's folder, so the modeline points at it.
    expect(readFileSync(path.join(project, "community-plan.yaml"), "utf8").split("\n")[0]).toBe("# yaml-language-server: $schema=./node_modules/community-plan/schemas/community-plan.schema.json");
    expect(cli("lint", "community-plan.yaml", "--today", "2027-01-04")).toMatchObject({ code: 0, stdout: "" });
    const render = cli("render", "community-plan.yaml", "--today", "2027-01-04", "--out", "docs");
    expect(render.code).toBe(0);
    expect(readFileSync(path.join(project, "docs/strategy.md"), "utf8")).toMatch(/^# /);
    const calendar = cli("calendar", "community-plan.yaml", "--today", "2027-01-04", "--format", "ics");
    expect(calendar.code).toBe(0);
    expect(calendar.stdout).toMatch(/^BEGIN:VCALENDAR\r\n/);
    // The holiday dataset is not bundled: the calendar of a plan with holidays finds the installed dependency.
    copyFileSync(path.join(repoRoot, "examples/dutch-brand.yaml"), path.join(project, "dutch-brand.yaml"));
    const holidays = cli("calendar", "dutch-brand.yaml", "--today", "2027-01-04", "--quarter", "2027-Q2", "--format", "csv");
    expect(holidays.code).toBe(0);
    expect(holidays.stdout).toContain("2027-04-27,holiday,");
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
