#!/usr/bin/env node
// Bundles with esbuild (run by `npm run build`, after tsc), twice from the same sources:
// - dist/bundle/: the programmatic API, ES modules, for `import ... from "community-plan"`;
// - dist/cli-bundle/: the CLI, CommonJS chunks that src/boot/code-cache-loader.ts loads with V8 code
//   caches (made by scripts/code-cache.mjs). Node 20 can cache compiled code only for scripts
//   it is handed as source, not for ES modules, so the CLI is split as ES modules (esbuild
//   splits only those) and each chunk is then rewritten as CommonJS.
// A CLI that lints in CI pays for every file it loads at start-up: the tsc output is ~150
// modules plus thousands in node_modules; the bundle is a handful of files, tree-shaken, with
// each command's code in its own chunk so `lint` never loads Inquirer or Handlebars. The source
// stays readable; the build does the squeezing.
import { build, transform } from "esbuild";
import { existsSync, mkdirSync, readFileSync, rmSync, writeFileSync } from "node:fs";
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

/**
 * yaml's parser checks process.env.LOG_TOKENS (and its composer LOG_STREAM), debug switches of
 * its own, once per token. process.env is not a plain object: every read is a getenv() in C++,
 * and on 1,000 plans those reads were about 15% of parsing. The switches are for yaml's
 * developers, so the bundle reads them as off. The build fails if yaml stops matching, rather
 * than quietly losing the fix.
 */
const yamlDebugSwitchesOff = {
  name: "yaml-debug-switches-off",
  setup(pluginBuild) {
    pluginBuild.onLoad({ filter: /[\\/]yaml[\\/]dist[\\/](parse[\\/]parser|compose[\\/]composer)\.js$/ }, (args) => {
      const source = readFileSync(args.path, "utf8");
      const patched = source.replace(/\bnode_process\.env\.LOG_(TOKENS|STREAM)\b/g, "false");
      if (patched === source) throw new Error(`${args.path}: yaml no longer reads LOG_TOKENS/LOG_STREAM this way; update yamlDebugSwitchesOff`);
      return { contents: patched, loader: "js" };
    });
  },
};

const root = path.resolve(path.dirname(fileURLToPath(import.meta.url)), "..");

/**
 * chalk works out the terminal's colour support as it is imported, with node:tty and node:os,
 * which set up the modules of a stream (about 2.5 ms) before the run has anything to print. The
 * CLI always gives chalk its level (src/io/streams.ts useColor: NO_COLOR, FORCE_COLOR, a terminal), so
 * its bundle gets chalk's browser detection, which touches nothing of Node's.
 */
const chalkWithoutDetection = {
  name: "chalk-without-detection",
  setup(pluginBuild) {
    pluginBuild.onResolve({ filter: /^#supports-color$/ }, (args) => {
      if (!args.importer.includes(`${path.sep}chalk${path.sep}`)) return undefined;
      const browser = path.join(path.dirname(args.importer), "vendor", "supports-color", "browser.js");
      if (!existsSync(browser)) throw new Error(`${browser} is gone; update chalkWithoutDetection`);
      return { path: browser };
    });
  },
};

/** Where the CLI's stand-in for yaml finds the real one: yaml.cjs, from a chunk in chunks/. */
const REAL_YAML = "../yaml.cjs";

/**
 * In the CLI, yaml is its own entry (dist/cli-bundle/yaml.cjs) and the code that imports it
 * gets a stand-in whose exports load the real module on first use. A plan the simple YAML reader
 * took, with nothing to report, never needs yaml: it is not evaluated (about 45 ms of module
 * set-up uncached), and its share of the code cache is not read. The stand-in lists yaml's
 * exports, taken from the installed package at build time, so imports bind to them as before.
 */
async function lazyYamlForCli() {
  const names = Object.keys(await import("yaml")).filter((name) => name !== "default");
  return {
    name: "lazy-yaml-for-cli",
    setup(pluginBuild) {
      pluginBuild.onResolve({ filter: /^yaml$/ }, (args) => (args.kind === "entry-point" ? undefined : { path: "lazy-yaml", namespace: "lazy-yaml" }));
      pluginBuild.onResolve({ filter: /^\.\.\/yaml\.cjs$/ }, () => ({ path: REAL_YAML, external: true }));
      pluginBuild.onLoad({ filter: /^lazy-yaml$/, namespace: "lazy-yaml" }, () => ({
        contents:
          `/* community-plan: lazy yaml */ let real; const load = () => (real ??= require(${JSON.stringify(REAL_YAML)}).default);\n` +
          `for (const name of ${JSON.stringify(names)}) Object.defineProperty(exports, name, { enumerable: true, get: () => load()[name] });\n`,
        loader: "js",
      }));
    },
  };
}

const common = {
  absWorkingDir: root,
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
  plugins: [lazyChildProcessForCommander, yamlDebugSwitchesOff],
  logLevel: "warning",
};

/**
 * For code that runs as CommonJS (the CLI's chunks, the launcher), where import.meta does not
 * exist: each file's own URL is what the code asks for (to find the package root).
 */
const runsAsCommonJs = {
  define: { "import.meta.url": "__importMetaUrl" },
  banner: { js: 'const __importMetaUrl = require("node:url").pathToFileURL(__filename).href;' },
};

async function buildApi() {
  const outdir = path.join(root, "dist/bundle");
  rmSync(outdir, { recursive: true, force: true });
  return build({
    ...common,
    metafile: true,
    entryPoints: { index: "src/index.ts" },
    outdir,
    // Bundled CommonJS packages (commander, handlebars, ajv's runtime) call require().
    banner: { js: 'import { createRequire as __createRequire } from "node:module"; const require = __createRequire(import.meta.url);' },
  });
}

async function buildCli() {
  const outdir = path.join(root, "dist/cli-bundle");
  rmSync(outdir, { recursive: true, force: true });
  const result = await build({
    ...common,
    metafile: true,
    write: false,
    entryPoints: { cli: "src/cli.ts", yaml: "yaml" },
    plugins: [...common.plugins, chalkWithoutDetection, await lazyYamlForCli()],
    outdir,
    outExtension: { ".js": ".cjs" },
    ...runsAsCommonJs,
  });
  for (const file of result.outputFiles) {
    if (file.text.includes("community-plan: lazy yaml") && path.dirname(file.path) !== path.join(outdir, "chunks")) {
      throw new Error(`the lazy yaml stand-in landed in ${file.path}, where ${REAL_YAML} is not yaml.cjs`);
    }
    // Static imports become require(); dynamic import() becomes a require() in a promise, so a
    // command's chunk still loads only when that command runs.
    const { code } = await transform(file.text, { format: "cjs", loader: "js", platform: "node", target: "node20", supported: { "dynamic-import": false }, minifyWhitespace: true, minifySyntax: true });
    mkdirSync(path.dirname(file.path), { recursive: true });
    writeFileSync(file.path, code);
  }
  return result;
}

/**
 * dist/boot/start.cjs, what bin/community-plan.js requires: the quick answers and the code-cache
 * loader in one CommonJS file, so a run never starts Node's ES module loader.
 */
async function buildBoot() {
  return build({
    ...common,
    splitting: false,
    format: "cjs",
    metafile: true,
    entryPoints: { start: "src/boot/start.ts" },
    outdir: path.join(root, "dist/boot"),
    outExtension: { ".js": ".cjs" },
    ...runsAsCommonJs,
  });
}

const [api, cli] = await Promise.all([buildApi(), buildCli(), buildBoot()]);
if (process.argv.includes("--analyze")) {
  const { analyzeMetafile } = await import("esbuild");
  for (const result of [api, cli]) console.log(await analyzeMetafile(result.metafile));
}
