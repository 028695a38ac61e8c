#!/usr/bin/env node
// Tags a release whose tree is installable without a build: the commit it makes sits on top of
// HEAD (the branch does not move) and adds the built dist/, which .gitignore keeps out of every
// other commit, and drops `prepack` from package.json. pre-commit installs a `language: node`
// hook by running `npm install` without dev dependencies and then `npm pack` in its clone of the
// tag, so a build at either step fails there; from this tree both only copy files.
//
//   node scripts/release-tag.mjs            builds, then tags v<version from package.json>
//   node scripts/release-tag.mjs --no-build tags the dist/ that is already built (tests do this)
import { execFileSync } from "node:child_process";
import { existsSync, mkdtempSync, readFileSync, rmSync } from "node:fs";
import { tmpdir } from "node:os";
import path from "node:path";
import { fileURLToPath } from "node:url";

const root = path.resolve(path.dirname(fileURLToPath(import.meta.url)), "..");
const pkg = JSON.parse(readFileSync(path.join(root, "package.json"), "utf8"));
const tag = `v${pkg.version}`;

function fail(message) {
  process.stderr.write(`release-tag: ${message}\n`);
  process.exit(1);
}

const git = (args, options = {}) => execFileSync("git", args, { cwd: root, encoding: "utf8", ...options }).trim();

if (git(["status", "--porcelain", "--untracked-files=no"]) !== "") fail("commit or stash your changes first: the tag is HEAD plus dist/");
if (git(["tag", "--list", tag]) !== "") fail(`${tag} exists; raise the version in package.json first`);
if (!process.argv.includes("--no-build")) execFileSync("npm", ["run", "build"], { cwd: root, stdio: "inherit" });
if (!existsSync(path.join(root, "dist/cli-bundle/start.cjs"))) fail("dist/ is not built; run without --no-build");

// A private index, so the developer's staging area is never touched.
const scratch = mkdtempSync(path.join(tmpdir(), "community-plan-release-"));
try {
  const env = { ...process.env, GIT_INDEX_FILE: path.join(scratch, "index") };
  git(["read-tree", "HEAD"], { env });
  git(["add", "--force", "dist"], { env });
  const { prepack: _prepack, ...scripts } = pkg.scripts;
  const { devDependencies: _dev, ...published } = pkg;
  // Bundled dependencies travel inside the tarball pre-commit packs, so its global install of
  // that tarball needs no registry: with npm's cache warm, the whole install works offline.
  const released = `${JSON.stringify({ ...published, scripts, bundleDependencies: Object.keys(pkg.dependencies) }, null, 2)}\n`;
  const blob = git(["hash-object", "-w", "--stdin"], { input: released });
  git(["update-index", "--cacheinfo", `100644,${blob},package.json`], { env });
  const tree = git(["write-tree"], { env });
  const commit = git(["commit-tree", tree, "-p", "HEAD", "-m", `Release ${tag}: the package as published, dist/ built, for pre-commit's rev: ${tag}`]);
  git(["tag", tag, commit]);
  process.stdout.write(`${tag} ${commit}\n`);
} finally {
  rmSync(scratch, { recursive: true, force: true });
}
