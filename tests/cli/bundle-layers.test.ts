// Node 20 spends about half a millisecond on every ES module file it loads, however small, so the
// CLI bundle loads in layers of one file each (scripts/bundle.mjs): `--version`, the CLI, lint.
// A bundler left to itself scattered a lint over some thirty chunks; these runs count the files.
import { describe, expect, it } from "vitest";
import { runCli, withLoadHook } from "../helpers/run-cli.js";

// A module loader hook that notes, on stderr, each file of the CLI bundle a run loads.
const hooks = `export async function load(url, context, next) {
  if (url.includes("/dist/cli-bundle/")) process.stderr.write("loaded " + url.slice(url.indexOf("/dist/cli-bundle/") + 17) + "\\n");
  return next(url, context);
}`;

/** The bundle files a run loads, without their content hashes: `chunks/lint` for chunks/lint-Ab12Cd.js. */
function loadedFiles(args: string[]): { code: number | null; files: string[] } {
  const run = runCli(args, { nodeArgs: withLoadHook(hooks) });
  const files = [...run.stderr.matchAll(/^loaded (.*)$/gm)].map((m) => m[1]!.replace(/-[\w-]{8}\.js$/, "").replace(/\.js$/, ""));
  return { code: run.code, files: files.sort() };
}

describe("the CLI bundle's layers", () => {
  it("answer --version from start.js alone", () => {
    expect(loadedFiles(["--version"])).toEqual({ code: 0, files: ["start"] });
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
