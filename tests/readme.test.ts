// The README promises commands that work: its samples are current output, its quick start runs,
// and every command in its CI recipes and pre-commit hook runs against a fresh plan.
import { spawnSync } from "node:child_process";
import { chmodSync, existsSync, mkdirSync, mkdtempSync, readFileSync, readdirSync, symlinkSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import path from "node:path";
import { beforeAll, describe, expect, it } from "vitest";
import { parse } from "yaml";
import { withSamples } from "../scripts/readme-samples.mjs";
import { buildProgram } from "../src/cli.js";
import { binPath, repoRoot } from "./helpers/run-cli.js";

const readme = readFileSync(path.join(repoRoot, "README.md"), "utf8");
const work = mkdtempSync(path.join(tmpdir(), "community-plan-readme-"));
const shim = path.join(work, "bin");

/** Runs a command line the way the README shows it, with `community-plan` on the PATH. */
function shell(command: string, cwd = work) {
  const env: NodeJS.ProcessEnv = { ...process.env, NO_COLOR: "1", PATH: `${shim}${path.delimiter}${process.env.PATH}` };
  delete env.FORCE_COLOR;
  const run = spawnSync("bash", ["-e", "-c", command.replace(/npx --yes community-plan/g, "community-plan")], { cwd, env, encoding: "utf8" });
  return { code: run.status, stdout: run.stdout, stderr: run.stderr };
}

function block(marker: string): string {
  const match = new RegExp(`<!-- ${marker} -->\\n\`\`\`\\w*\\n([\\s\\S]*?)\`\`\``).exec(readme);
  if (!match) throw new Error(`README has no block after <!-- ${marker} -->`);
  return match[1]!;
}

const recipeFiles = readdirSync(path.join(repoRoot, "recipes")).sort();

/** Every `community-plan` command a recipe runs: `run:` steps in workflows, `script:` lines in GitLab. */
function recipeCommands(file: string): string[] {
  type Job = { steps?: Array<{ run?: string }>; script?: string[] };
  const doc = parse(readFileSync(path.join(repoRoot, "recipes", file), "utf8")) as { jobs?: Record<string, Job> } & Record<string, Job>;
  const jobs: Job[] = doc.jobs ? Object.values(doc.jobs) : Object.values(doc);
  return jobs
    .flatMap((job) => [...(job.steps ?? []).map((step) => step.run ?? ""), ...(job.script ?? [])])
    .flatMap((text) => text.split("\n"))
    .filter((line) => line.includes("community-plan ") && !line.startsWith("git "));
}

describe("README", () => {
  beforeAll(() => {
    mkdirSync(shim);
    writeFileSync(path.join(shim, "community-plan"), `#!/bin/sh\nexec "${process.execPath}" "${binPath}" "$@"\n`);
    chmodSync(path.join(shim, "community-plan"), 0o755);
    // A fresh plan dated today, as a new user's repository would have.
    expect(shell("community-plan init --yes").code).toBe(0);
  });

  it("shows lint and render samples that are the current output for the examples", () => {
    expect(withSamples(readme)).toBe(readme);
    expect(readme).toContain("<!-- sample:lint -->\n```console\n$ community-plan lint examples/");
  });

  it("has a two-command quick start: install, build and run on an example; then the tests", () => {
    const lines = block("quick-start").trim().split("\n");
    expect(lines).toHaveLength(2);
    const steps = lines[0]!.split(" && ");
    expect(steps).toEqual(["npm ci", "npm run build", expect.stringMatching(/^\.\/bin\/community-plan\.cjs /)]);
    expect(lines[1]).toBe("npm test");
    // The tests run after npm ci and a build, as here: the run step is what is left to check.
    expect(shell(steps[2]!, repoRoot)).toMatchObject({ code: 0, stderr: "" });
  });

  it("shows every recipe verbatim from recipes/", () => {
    expect(recipeFiles).toEqual(["github-actions-calendar.yml", "github-actions-lint.yml", "gitlab-ci.yml"]);
    for (const file of recipeFiles) {
      expect(block(`recipe:${file}`)).toBe(readFileSync(path.join(repoRoot, "recipes", file), "utf8"));
    }
  });

  it("GitHub Actions: github annotations and a SARIF file for code scanning", () => {
    const [command] = recipeCommands("github-actions-lint.yml");
    expect(command).toContain("--format github --report sarif=community-plan.sarif");
    expect(shell(command!)).toMatchObject({ code: 0, stdout: "" });
    const sarif = JSON.parse(readFileSync(path.join(work, "community-plan.sarif"), "utf8")) as { version: string; runs: unknown[] };
    expect(sarif.version).toBe("2.1.0");
    expect(sarif.runs).toHaveLength(1);
  });

  it("GitLab CI: a JUnit report and a Code Quality report at the paths the job uploads", () => {
    const doc = parse(readFileSync(path.join(repoRoot, "recipes/gitlab-ci.yml"), "utf8")) as { "community-plan": { artifacts: { reports: { junit: string; codequality: string } } } };
    const [command] = recipeCommands("gitlab-ci.yml");
    expect(shell(command!)).toMatchObject({ code: 0, stdout: "" });
    expect(readFileSync(path.join(work, doc["community-plan"].artifacts.reports.junit), "utf8")).toMatch(/^<\?xml[\s\S]*<testsuites/);
    expect(JSON.parse(readFileSync(path.join(work, doc["community-plan"].artifacts.reports.codequality), "utf8"))).toEqual(expect.any(Array));
  });

  it("the scheduled job and the calendar import steps write next quarter's ICS and CSV", () => {
    const commands = [...recipeCommands("github-actions-calendar.yml"), ...block("recipe-commands").trim().split("\n")];
    expect(commands).toHaveLength(4);
    for (const command of commands) expect(shell(command)).toEqual({ code: 0, stdout: "", stderr: "" });
    expect(readFileSync(path.join(work, "community-calendar.ics"), "utf8")).toMatch(/^BEGIN:VCALENDAR\r\n[\s\S]*BEGIN:VEVENT/);
    expect(readFileSync(path.join(work, "community-calendar.csv"), "utf8").split("\n").length).toBeGreaterThan(2);
    const workflow = readFileSync(path.join(repoRoot, "recipes/github-actions-calendar.yml"), "utf8");
    expect(workflow).toContain("git add community-calendar.ics community-calendar.csv");
  });

  it("pre-commit: the hook parses, names a real command, matches plan files and runs", () => {
    const hooks = parse(readFileSync(path.join(repoRoot, ".pre-commit-hooks.yaml"), "utf8")) as Array<{ id: string; entry: string; language: string; files: string }>;
    expect(hooks).toHaveLength(1);
    const hook = hooks[0]!;
    expect(hook.language).toBe("node");
    const [bin, command] = hook.entry.split(" ");
    expect(bin).toBe("community-plan");
    const silentIo = { stdout: { write: () => true }, stderr: { write: () => true }, env: {}, cwd: repoRoot };
    expect(buildProgram(silentIo, () => {}).commands.map((c) => c.name())).toContain(command);
    const files = new RegExp(hook.files);
    for (const name of ["community-plan.yaml", "plans/forum.community-plan.yaml", "community-plan.yml"]) expect(name).toMatch(files);
    for (const name of ["plans/other.yaml", "community-plan.yaml.bak", "my-community-plan.yaml"]) expect(name).not.toMatch(files);
    // pre-commit appends the staged file names to the entry.
    expect(shell(`${hook.entry} community-plan.yaml`).code).toBe(0);
    writeFileSync(path.join(work, "broken.community-plan.yaml"), "version: 1\n");
    expect(shell(`${hook.entry} broken.community-plan.yaml`).code).toBe(1);
    // The local hook the README offers matches the same files and runs the same command.
    const local = parse(/```yaml\n(repos:\n {2}- repo: local\n[\s\S]*?)```/.exec(readme)![1]!) as { repos: Array<{ hooks: Array<{ entry: string; files: string; language: string }> }> };
    const [localHook] = local.repos[0]!.hooks;
    expect(localHook).toMatchObject({ files: hook.files, language: "system", entry: `npx --no-install ${hook.entry}` });
  });

  it("maps the plan file names to the shipped schema for the VS Code YAML extension", () => {
    const settings = JSON.parse(/```json\n([\s\S]*?)```/.exec(readme.slice(readme.indexOf("### VS Code")))![1]!) as { "yaml.schemas": Record<string, string[]> };
    const [[schema, globs]] = Object.entries(settings["yaml.schemas"]) as [[string, string[]]];
    expect(globs).toEqual(["community-plan.yaml", "*.community-plan.yaml"]);
    expect(existsSync(path.join(repoRoot, schema.replace("./node_modules/community-plan/", "")))).toBe(true);
    // The modeline the README shows is the one `init` writes for plans/community-plan.yaml in a
    // project that installed community-plan (here a symlink, as npm link leaves it).
    const project = path.join(work, "project");
    mkdirSync(path.join(project, "node_modules"), { recursive: true });
    mkdirSync(path.join(project, "plans"));
    symlinkSync(repoRoot, path.join(project, "node_modules/community-plan"));
    expect(shell("community-plan init plans/community-plan.yaml --yes", project).code).toBe(0);
    const modeline = readFileSync(path.join(project, "plans/community-plan.yaml"), "utf8").split("\n")[0]!;
    expect(modeline).toContain(schema.replace("./", "../"));
    expect(block("modeline")).toBe(`${modeline}\n`);
  });

  it("shows every command", () => {
    const silentIo = { stdout: { write: () => true }, stderr: { write: () => true }, env: {}, cwd: repoRoot };
    for (const command of buildProgram(silentIo, () => {}).commands) expect(readme).toContain(`community-plan ${command.name()}`);
    expect(readme).toMatch(/<!-- bench:begin -->\n[\s\S]*\n<!-- bench:end -->/);
  });
});
