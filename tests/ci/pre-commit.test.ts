// The README's pre-commit set-up with the real pre-commit (Debian's 3.0.x, installed by
// .ci/install-system-deps): the repository as it would be pushed, a release tag made by
// scripts/release-tag.mjs, and `pre-commit try-repo` from a scratch repository holding one good
// and one bad plan. pre-commit installs the hook as it would for any user: nodeenv on the system
// Node, `npm install` and `npm pack` in its clone of the tag, `npm install -g` of the tarball.
// npm runs offline here, from the cache `npm ci` filled: the tag's tree needs no build and no
// dev dependency, and its tarball carries its dependencies, so nothing else is fetched.
import { execFileSync, spawnSync } from "node:child_process";
import { existsSync, mkdirSync, mkdtempSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import path from "node:path";
import { beforeAll, describe, expect, it } from "vitest";
import { repoRoot, runCli } from "../helpers/run-cli.js";
import { TODAY } from "../helpers/plans.js";

const work = mkdtempSync(path.join(tmpdir(), "community-plan-pre-commit-"));
const source = path.join(work, "community-plan");
const user = path.join(work, "chapters");
const identity = { GIT_AUTHOR_NAME: "Test", GIT_AUTHOR_EMAIL: "test@example.org", GIT_COMMITTER_NAME: "Test", GIT_COMMITTER_EMAIL: "test@example.org" };
const env = { ...process.env, ...identity, PRE_COMMIT_HOME: path.join(work, "pre-commit-home"), npm_config_offline: "true", npm_config_update_notifier: "false", NO_COLOR: "1" };
const version = (JSON.parse(execFileSync("git", ["show", "HEAD:package.json"], { cwd: repoRoot, encoding: "utf8" })) as { version: string }).version;
const tag = `v${version}`;

function run(command: string, args: string[], cwd: string) {
  const result = spawnSync(command, args, { cwd, env, encoding: "utf8", timeout: 400_000 });
  return { code: result.status, output: result.stdout + result.stderr };
}
const tryRepo = (...args: string[]) => run("pre-commit", ["try-repo", source, "community-plan-lint", "--ref", tag, ...args], user);

describe("pre-commit installs and runs the hook from a release tag", () => {
  beforeAll(() => {
    if (spawnSync("pre-commit", ["--version"]).status !== 0) throw new Error("pre-commit is not installed; run .ci/install-system-deps (CI does)");
    // The working tree as it would be committed (ignored files left out) plus the built dist/.
    const files = execFileSync("git", ["ls-files", "-z", "--cached", "--others", "--exclude-standard"], { cwd: repoRoot, encoding: "utf8" })
      .split("\0")
      .filter((file) => file !== "" && existsSync(path.join(repoRoot, file)));
    mkdirSync(source);
    const tar = spawnSync("bash", ["-c", `tar cf - --null -T - dist | tar xf - -C "${source}"`], { cwd: repoRoot, input: files.join("\0") });
    expect(tar.status).toBe(0);
    for (const args of [["init", "-q"], ["add", "-A"], ["commit", "-q", "-m", "the project"]]) execFileSync("git", args, { cwd: source, env });
    expect(run(process.execPath, ["scripts/release-tag.mjs", "--no-build"], source)).toMatchObject({ code: 0, output: expect.stringMatching(new RegExp(`^${tag} [0-9a-f]{40}\n$`)) });

    mkdirSync(path.join(user, "plans"), { recursive: true });
    execFileSync("git", ["init", "-q"], { cwd: user, env });
    expect(runCli(["init", "plans/forum.community-plan.yaml", "--yes", "--today", TODAY], { cwd: user }).code).toBe(0);
    writeFileSync(path.join(user, "plans/meetup.community-plan.yaml"), "version: 1\ncommunity:\n  name: Meetup\n");
    execFileSync("git", ["add", "-A"], { cwd: user, env });
  }, 120_000);

  it("the tag's tree is the package as published: dist/ built, no build script, no dev dependencies", () => {
    const manifest = JSON.parse(execFileSync("git", ["show", `${tag}:package.json`], { cwd: source, encoding: "utf8" })) as Record<string, unknown> & { scripts: Record<string, string> };
    expect(manifest.scripts.prepack).toBeUndefined();
    expect(manifest.scripts.prepare).toBeUndefined();
    expect(manifest.devDependencies).toBeUndefined();
    expect(execFileSync("git", ["ls-tree", "-r", "--name-only", tag, "dist/cli-bundle"], { cwd: source, encoding: "utf8" })).toContain("dist/cli-bundle/start.cjs\n");
    // The branch did not move: the release commit sits on top of it.
    expect(execFileSync("git", ["rev-parse", `${tag}^`, "HEAD"], { cwd: source, encoding: "utf8" }).split("\n")[0]).toBe(
      execFileSync("git", ["rev-parse", "HEAD"], { cwd: source, encoding: "utf8" }).trim(),
    );
  });

  it("installs the hook and passes a good plan", { timeout: 400_000 }, () => {
    const good = tryRepo("--files", "plans/forum.community-plan.yaml");
    expect(good.output).toMatch(/community-plan lint\.+Passed/);
    expect(good.code).toBe(0);
  });

  it("fails on the bad plan with the findings, naming the file, line and rule", { timeout: 400_000 }, () => {
    const all = tryRepo("--all-files");
    expect(all.output).toMatch(/community-plan lint\.+Failed/);
    expect(all.output).toContain('plans/meetup.community-plan.yaml:2:1  error  community is missing "timeZone".  schema');
    expect(all.output).not.toContain("plans/forum.community-plan.yaml:");
    expect(all.code).toBe(1);
  });
});
