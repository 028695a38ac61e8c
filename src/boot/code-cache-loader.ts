// Loads the CLI's CommonJS chunks (dist/cli-bundle/, built by scripts/bundle.mjs) with the V8 code
// caches made at build time (scripts/code-cache.mjs). Node 20 compiles every module from
// source on every start, a large share of a short lint run; with the cache V8 starts from the
// bytecode of every function the build's runs called.
// A cache made by another Node version is rejected by V8 and the chunk compiles as usual: slower,
// never wrong. Only the CLI's own chunks come through here; everything else uses require.
import { existsSync, readFileSync, writeFileSync } from "node:fs";
import Module, { createRequire } from "node:module";
import path from "node:path";
import vm from "node:vm";

interface LoadedChunk {
  exports: unknown;
  script: vm.Script;
  file: string;
}

const chunks = new Map<string, LoadedChunk>();
const nodeRequire = createRequire(import.meta.url);

/** Where a chunk's code cache lives. */
export const cacheFileOf = (file: string): string => `${file}.code-cache`;

/** Loads a chunk (once) and returns its exports. */
export function loadChunk(file: string): unknown {
  const loaded = chunks.get(file);
  if (loaded) return loaded.exports;
  const cacheFile = cacheFileOf(file);
  const script = new vm.Script(Module.wrap(readFileSync(file, "utf8")), {
    filename: file,
    cachedData: existsSync(cacheFile) ? readFileSync(cacheFile) : undefined,
  });
  const module = { exports: {} as unknown };
  chunks.set(file, { exports: module.exports, script, file });
  const dirname = path.dirname(file);
  const run = script.runInThisContext() as (...args: unknown[]) => void;
  run.call(module.exports, module.exports, requireFrom(dirname), module, file, dirname);
  chunks.get(file)!.exports = module.exports;
  return module.exports;
}

/**
 * Chunks require each other by relative path, and the precompiled templates by absolute path
 * (src/render/precompiled.ts), both with their caches; anything else (node: built-ins, packages)
 * goes to Node.
 */
function requireFrom(dirname: string): NodeJS.Require {
  const chunkRequire = (specifier: string) =>
    specifier.startsWith(".") || path.isAbsolute(specifier) ? loadChunk(path.resolve(dirname, specifier)) : nodeRequire(specifier);
  return Object.assign(chunkRequire, { resolve: nodeRequire.resolve, cache: nodeRequire.cache, main: undefined, extensions: nodeRequire.extensions }) as NodeJS.Require;
}

/**
 * Writes a code cache for every chunk this process loaded, including the functions it ran; the
 * build calls this at the end of its training runs (scripts/code-cache.mjs). A chunk that was
 * loaded from a cache keeps what that cache held, so runs of different commands add up.
 */
export function writeCodeCaches(): string[] {
  const written: string[] = [];
  for (const { script, file } of chunks.values()) {
    writeFileSync(cacheFileOf(file), script.createCachedData());
    written.push(file);
  }
  return written;
}

/** The chunks loaded so far. */
export function loadedChunks(): string[] {
  return [...chunks.keys()];
}

/** The chunks whose cache V8 turned down (one made by another Node version, say). */
export function rejectedCaches(): string[] {
  return [...chunks.values()].filter(({ script }) => script.cachedDataRejected === true).map(({ file }) => file);
}
