#!/usr/bin/env node
// Bundles with esbuild (run by `npm run build`, after tsc), twice from the same sources, both as
// ES modules split into chunks:
// - dist/bundle/: the programmatic API, for `import ... from "community-plan"`;
// - dist/cli-bundle/: the CLI, which bin/community-plan.js imports (start.js).
// A CLI that lints in CI pays for every file it loads at start-up: the tsc output is ~150
// modules plus thousands in node_modules; the bundle is a handful of files, tree-shaken, and
// every dynamic import() in the source (each command, yaml, chalk) becomes a chunk of its own,
// loaded only by the runs that reach it: `lint` never loads Inquirer or Handlebars. Dependencies
// are bundled as they are published, never rewritten, so upgrading one cannot break the build.
import { build } from "esbuild";
import { rmSync } from "node:fs";
import path from "node:path";
import { fileURLToPath } from "node:url";

const root = path.resolve(path.dirname(fileURLToPath(import.meta.url)), "..");

async function bundle(entryPoints, outdir) {
  rmSync(path.join(root, outdir), { recursive: true, force: true });
  return build({
    absWorkingDir: root,
    entryPoints,
    outdir,
    bundle: true,
    splitting: true,
    format: "esm",
    platform: "node",
    target: "node20",
    // Whitespace and syntax only: names stay, so --debug stack traces remain readable.
    minifyWhitespace: true,
    minifySyntax: true,
    legalComments: "none",
    chunkNames: "chunks/[name]-[hash]",
    // Bundled CommonJS packages (commander, handlebars, ajv's runtime) call require().
    banner: { js: 'import { createRequire as __createRequire } from "node:module"; const require = __createRequire(import.meta.url);' },
    // The holiday dataset (1.5 MB with its time-zone library) is loaded only for plans that name
    // holidays; it is a dependency, installed beside us, so bundling would ship it three times.
    external: ["date-holidays"],
    metafile: true,
    logLevel: "warning",
  });
}

const results = await Promise.all([bundle({ index: "src/index.ts" }, "dist/bundle"), bundle({ start: "src/boot/start.ts" }, "dist/cli-bundle")]);
if (process.argv.includes("--analyze")) {
  const { analyzeMetafile } = await import("esbuild");
  for (const result of results) console.log(await analyzeMetafile(result.metafile));
}
