import path from "node:path";
import { InputError, UsageError } from "../core/errors.js";
import { decodeText, DEFAULT_MAX_BYTES, formatBytes, readPlanFile } from "../plan/read-plan-file.js";
import { ruleIds } from "../rules/index.js";
import { lintText, type LintOptions } from "./lint-text.js";
import { SettingsFinder, type SharedSettings } from "./shared-settings.js";
import type { LintResult } from "./types.js";
import type { LintConfig } from "../plan/types.js";

/** The pattern that stands for the plan on standard input. */
export const STDIN = "-";

export interface StdinPlan {
  read: () => Promise<Uint8Array>;
  /** --stdin-filename: the name in messages, and where shared settings are looked for. */
  filename?: string;
}

export interface LintFilesOptions extends LintOptions {
  cwd?: string;
  maxBytes?: number;
  /** Where `-` is read from. */
  stdin?: StdinPlan;
  /** --config: this settings file for every plan instead of each plan's nearest. */
  configFile?: string;
  /** Look for community-plan.config.yaml (on unless a caller opts out). */
  sharedSettings?: boolean;
}

/** How a plan is named in messages: `-` is its --stdin-filename, or `<stdin>`. */
export function displayName(file: string, stdin: StdinPlan | undefined): string {
  return file === STDIN ? (stdin?.filename ?? "<stdin>") : file;
}

/** The shared settings that apply to `file` (as given on the command line). */
export async function settingsFor(file: string, options: LintFilesOptions, finder: SettingsFinder): Promise<SharedSettings | undefined> {
  const cwd = options.cwd ?? process.cwd();
  if (options.configFile !== undefined) return finder.load(path.resolve(cwd, options.configFile));
  if (options.sharedSettings === false) return undefined;
  const planPath = file === STDIN ? path.resolve(cwd, options.stdin?.filename ?? "<stdin>") : path.resolve(cwd, file);
  return finder.forFolder(path.dirname(planPath));
}

async function readStdinPlan(stdin: StdinPlan | undefined, maxBytes: number): Promise<string> {
  const name = displayName(STDIN, stdin);
  if (!stdin) throw new InputError("E_NO_STDIN", "cannot read a plan from standard input here", { file: name });
  const bytes = await stdin.read();
  if (bytes.length > maxBytes) {
    throw new InputError("E_TOO_LARGE", `is ${formatBytes(bytes.length)}, over the ${formatBytes(maxBytes)} limit for a plan`, { file: name, hint: "raise the limit with --max-bytes <n>" });
  }
  return decodeText(bytes, name);
}

export interface LintFilesOutcome {
  results: LintResult[];
  /** Files that could not be linted at all; the run goes on without them. */
  failures: InputError[];
  /** Each result's file as given (`-` for standard input) and the shared settings it was linted with, for --fix. */
  origins: Map<LintResult, { file: string; shared?: LintConfig }>;
}

const GLOB_CHARS = /[*?[\]{}]/;

/** Expands the patterns into files, in a stable order: literal paths as given, globs sorted. */
export async function expandPatterns(patterns: readonly string[], cwd: string): Promise<string[]> {
  const files: string[] = [];
  const seen = new Set<string>();
  for (const pattern of patterns) {
    let matches: string[];
    if (GLOB_CHARS.test(pattern)) {
      const { glob } = await import("tinyglobby");
      matches = (await glob(pattern, { cwd, onlyFiles: true, dot: false, expandDirectories: false })).sort();
      if (matches.length === 0) {
        throw new UsageError("E_NO_MATCH", `no files match "${pattern}"`, "check the pattern, and quote it so the shell does not expand it");
      }
    } else if (pattern === STDIN) {
      if (files.includes(STDIN)) continue;
      files.push(STDIN);
      continue;
    } else {
      matches = [pattern];
    }
    for (const match of matches) {
      const key = path.resolve(cwd, match);
      if (seen.has(key)) continue;
      seen.add(key);
      files.push(match);
    }
  }
  return files;
}

/**
 * How many files are read ahead of the one being linted. Linting is synchronous, so a read only
 * moves on while lintFiles waits; with several in flight each wait serves them all, instead of
 * every file paying the thread pool's round trips alone (about 1 ms a file on a busy machine).
 */
const READ_AHEAD = 8;

type ReadOutcome = { text: string } | { error: unknown };

/** Lints every file; a file that cannot be read becomes a failure, not the end of the run. */
export async function lintFiles(patterns: readonly string[], options: LintFilesOptions = {}): Promise<LintFilesOutcome> {
  const cwd = options.cwd ?? process.cwd();
  const files = await expandPatterns(patterns, cwd);
  const results: LintResult[] = [];
  const failures: InputError[] = [];
  const origins: LintFilesOutcome["origins"] = new Map();
  // Settled into values, so a read that fails while an earlier file is linted is no unhandled rejection.
  const finder = new SettingsFinder(ruleIds);
  const startRead = (file: string): Promise<ReadOutcome> =>
    (file === STDIN ? readStdinPlan(options.stdin, options.maxBytes ?? DEFAULT_MAX_BYTES) : readPlanFile(path.resolve(cwd, file), { maxBytes: options.maxBytes })).then(
      (text) => ({ text }),
      (error: unknown) => ({ error }),
    );
  const reads = new Map(files.slice(0, READ_AHEAD).map((file, index) => [index, startRead(file)]));
  for (const [index, file] of files.entries()) {
    const outcome = await reads.get(index)!;
    reads.delete(index);
    const next = files[index + READ_AHEAD];
    if (next !== undefined) reads.set(index + READ_AHEAD, startRead(next));
    // A read that finished early resolves without a turn of the event loop; take one anyway, so
    // Ctrl-C is still handled between any two files, as when each file waited for its read.
    await new Promise<void>((resolve) => setImmediate(resolve));
    const name = displayName(file, options.stdin);
    try {
      if ("error" in outcome) throw outcome.error;
      const shared = await settingsFor(file, options, finder);
      const result = await lintText(outcome.text, name, { ...options, shared: shared?.config });
      results.push(result);
      origins.set(result, { file, shared: shared?.config });
    } catch (error) {
      if (!(error instanceof InputError)) throw error;
      failures.push(error.withFile(name));
    }
  }
  return { results, failures, origins };
}
