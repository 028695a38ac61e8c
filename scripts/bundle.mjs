#!/usr/bin/env node
// Bundles with rolldown (run by `npm run build`, after tsc), twice from the same sources, split
// into chunks:
// - dist/bundle/: the programmatic API as ES modules, for `import ... from "community-plan"`;
// - dist/cli-bundle/: the CLI as CommonJS, which bin/community-plan.cjs requires (start.cjs).
// A CLI that lints in CI pays for every file it loads at start-up: the tsc output is ~150
// modules plus thousands in node_modules. Every dynamic import() in the source (each command,
// yaml, chalk, Handlebars' templates, the label catalogues) starts a chunk that only the runs
// reaching it load, so `lint` never loads Inquirer or Handlebars. Dependencies are bundled as
// they are published, never rewritten, so upgrading one cannot break the build.
//
// The CLI is CommonJS because Node 20 loads an ES module file more slowly than a CommonJS one:
// an ES module entry point starts the ES module loader (about 7 ms), and each file is decoded with
// TextDecoder and linked as a module job. Measured side by side (21 interleaved runs), a lint of
// dev-community took 192 instead of 206 ms, and `--version` 108 instead of 117. The source
// stays ES modules; rolldown writes the CommonJS, with `import.meta.url` as the file's own URL and
// each dynamic import() as a require() in a promise.
//
// Left to itself a bundler gives every set of entries that share a module a chunk of its own,
// which scattered lint over some thirty files. The CLI is loaded in layers instead (`--version`,
// then the CLI, then lint, which every command that reads a plan builds on): a module goes to the
// first layer whose static imports reach it, so each layer is one file and a later command
// imports what it shares from an earlier layer rather than from a chunk of its own. Whatever no
// layer reaches (the other commands, the optional libraries) is chunked as rolldown sees fit.
import { rmSync } from "node:fs";
import path from "node:path";
import { fileURLToPath } from "node:url";
import { build } from "rolldown";

const root = path.resolve(path.dirname(fileURLToPath(import.meta.url)), "..");

/** The CLI's layers, in the order a run loads them: [chunk name, the module it starts from]. */
const CLI_LAYERS = [
  ["start", "src/boot/start.ts"],
  ["cli", "src/cli.ts"],
  ["lint", "src/commands/lint.ts"],
];

/** Every module `from` reaches through static imports, itself included. */
function staticClosure(context, from) {
  const reached = new Set([from]);
  const todo = [from];
  while (todo.length > 0) {
    for (const id of context.getModuleInfo(todo.pop())?.importedIds ?? []) {
      if (reached.has(id)) continue;
      reached.add(id);
      todo.push(id);
    }
  }
  return reached;
}

/** One chunk group per layer; an earlier layer has the higher priority, so it claims a shared module first. */
function layerGroups(layers) {
  return layers.map(([name, file], i) => {
    const start = path.join(root, file);
    let members;
    return {
      name: (id, context) => ((members ??= staticClosure(context, start)).has(id) ? name : null),
      debugName: name,
      priority: layers.length - i,
    };
  });
}

async function bundle(input, outDir, { format, groups = [] }) {
  const ext = format === "cjs" ? "cjs" : "js";
  rmSync(path.join(root, outDir), { recursive: true, force: true });
  return build({
    cwd: root,
    input,
    platform: "node",
    // A layer may merge into the entry's own file (start.cjs), which then exports a little more.
    preserveEntrySignatures: "allow-extension",
    // The holiday dataset (1.5 MB with its time-zone library) is loaded only for plans that name
    // holidays; it is a dependency, installed beside us, so bundling would ship it three times.
    external: ["date-holidays"],
    logLevel: "warn",
    onLog(level, log, handle) {
      // io/streams.ts imports the error classes lazily for the API's sake; in the CLI they are loaded anyway.
      if (log.code === "INEFFECTIVE_DYNAMIC_IMPORT") return;
      handle(level, log);
    },
    output: {
      dir: outDir,
      format,
      // The package is "type": "module", so CommonJS files need the .cjs extension.
      entryFileNames: `[name].${ext}`,
      chunkFileNames: `chunks/[name]-[hash].${ext}`,
      // Node reads a file with any non-ASCII character as two-byte text, which parses slower.
      charset: "ascii",
      // Whitespace only: names stay, so --debug stack traces remain readable.
      minify: { compress: false, mangle: false, codegen: { removeWhitespace: true } },
      comments: false,
      codeSplitting: { groups },
    },
  });
}

const results = await Promise.all([
  bundle({ index: "src/index.ts" }, "dist/bundle", { format: "esm" }),
  bundle({ start: "src/boot/start.ts" }, "dist/cli-bundle", { format: "cjs", groups: layerGroups(CLI_LAYERS) }),
]);
if (process.argv.includes("--analyze")) {
  for (const { output } of results) {
    for (const chunk of output.filter((item) => item.type === "chunk")) {
      const size = Object.values(chunk.modules).reduce((sum, m) => sum + m.renderedLength, 0);
      console.log(`${chunk.fileName}  ${(size / 1024).toFixed(1)} KB, ${chunk.moduleIds.length} modules`);
    }
  }
}
