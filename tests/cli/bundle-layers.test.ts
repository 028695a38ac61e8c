// Node spends time on every file it loads, however small, so the CLI bundle loads in layers of one
// file each (scripts/bundle.mjs): `--version`, the CLI, lint.
// A bundler left to itself scattered a lint over some thirty chunks; these runs count the files.
import path from "node:path";
import { describe, expect, it } from "vitest";
import { runCliNotingLoads } from "../helpers/run-cli.js";

/** The bundle files a run loads, without their content hashes: `chunks/lint` for chunks/lint-Ab12Cd.cjs. */
function loadedFiles(args: string[]): { code: number | null; files: string[] } {
  const run = runCliNotingLoads(args);
  const bundle = `${path.sep}dist${path.sep}cli-bundle${path.sep}`;
  const inBundle = run.loaded.filter((file) => file.includes(bundle)).map((file) => file.slice(file.indexOf(bundle) + bundle.length).split(path.sep).join("/"));
  const files = inBundle.map((file) => file.replace(/-[\w-]{8}\.cjs$/, "").replace(/\.cjs$/, ""));
  return { code: run.code, files: files.sort() };
}

describe("the CLI bundle's layers", () => {
  it("answer --version from start.cjs, with rolldown's runtime helpers (a chunk of their own)", () => {
    expect(loadedFiles(["--version"])).toEqual({ code: 0, files: ["chunks/rolldown-runtime", "start"] });
  });

  it("load the CLI and then lint, a file each, with the runtime helpers and the format printed", () => {
    expect(loadedFiles(["lint", "examples/dev-community.yaml", "--today", "2027-01-04"])).toEqual({
      code: 0,
      files: ["chunks/cli", "chunks/lint", "chunks/rolldown-runtime", "chunks/stylish", "start"],
    });
  });

  it("give the commands that read a plan lint's layer to build on, not copies of what they share", () => {
    const { code, files } = loadedFiles(["calendar", "examples/dev-community.yaml", "--format", "json", "--quarter", "2027-Q1", "--today", "2027-01-04"]);
    expect(code).toBe(0);
    expect(files).toEqual(expect.arrayContaining(["chunks/cli", "chunks/lint", "start"]));
  });
});
