#!/usr/bin/env node
// Bundles the CLI and the API into dist/bundle/ with esbuild (run by `npm run build`, after tsc).
// A CLI that lints in CI pays for every file it loads at start-up: the tsc output is ~150
// modules plus thousands in node_modules (date-fns alone is hundreds); the bundle is a handful
// of files, tree-shaken, with each command's code in its own chunk so `lint` never loads
// Inquirer or Handlebars. The source stays readable; the build does the squeezing.
import { build } from "esbuild";
import { rmSync } from "node:fs";
import path from "node:path";
import { fileURLToPath } from "node:url";

/**
 * commander requires node:child_process at load time, only to spawn stand-alone executable
 * subcommands, which this CLI does not have. Loading it drags in net, dgram and streams: about
 * 10 ms of every run. Give commander a stand-in that loads the real module on first use.
 */
const lazyChildProcessForCommander = {
  name: "lazy-child-process-for-commander",
  setup(pluginBuild) {
    pluginBuild.onResolve({ filter: /^(node:)?child_process$/ }, (args) =>
      args.importer.includes(`${path.sep}commander${path.sep}`) ? { path: "lazy-child-process", namespace: "lazy" } : undefined,
    );
    pluginBuild.onLoad({ filter: /.*/, namespace: "lazy" }, () => ({
      contents:
        'let real; const load = () => (real ??= require("node:child_process"));\n' +
        "module.exports = new Proxy({}, { get: (_, key) => load()[key], has: (_, key) => key in load() });\n",
      loader: "js",
    }));
  },
};

const root = path.resolve(path.dirname(fileURLToPath(import.meta.url)), "..");
const outdir = path.join(root, "dist/bundle");
rmSync(outdir, { recursive: true, force: true });

const result = await build({
  metafile: true,
  absWorkingDir: root,
  entryPoints: { cli: "src/cli.ts", index: "src/index.ts" },
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
  plugins: [lazyChildProcessForCommander],
  logLevel: "warning",
});
if (process.argv.includes("--analyze")) {
  const { analyzeMetafile } = await import("esbuild");
  console.log(await analyzeMetafile(result.metafile));
}
