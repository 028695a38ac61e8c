// `lint --fix` and `--fix-dry-run`: apply the findings' sure fixes, re-lint, repeat while fixes
// apply (a fix can uncover another), and write each plan back only when it is unchanged since it
// was read. Loaded only when one of the flags is given.
import { readFile } from "node:fs/promises";
import path from "node:path";
import { writeFileAtomic } from "../io/atomic-write.js";
import type { LintConfig } from "../plan/types.js";
import { unifiedDiff } from "../util/unified-diff.js";
import { applyFixes } from "./apply-fixes.js";
import { lintText, type LintOptions } from "./lint-text.js";
import type { LintResult } from "./types.js";

const SYNTAX_RULE = "yaml-syntax";
/** Enough for fixes that uncover fixes; a loop that still changes text after this is a bug. */
const MAX_PASSES = 10;

export interface FixedPlan {
  /** The result after the fixes, to report what is left. */
  result: LintResult;
  /** A unified diff of the fixes; empty when nothing changed. */
  diff: string;
  /** Why a plan with fixes was left as it was. */
  refused?: string;
}

/** Fixes one plan's text; the plan file is not touched here. */
export async function fixText(result: LintResult, shared: LintConfig | undefined, options: LintOptions): Promise<FixedPlan> {
  if (!result.diagnostics.some((d) => d.fix)) return { result, diff: "" };
  if (result.diagnostics.some((d) => d.ruleId === SYNTAX_RULE)) return { result, diff: "", refused: "it has YAML syntax errors; fix those first" };
  let current = result;
  for (let pass = 0; pass < MAX_PASSES; pass++) {
    const { text, applied } = applyFixes(current.source, current.diagnostics);
    if (applied === 0) break;
    const next = await lintText(text, result.file, { ...options, shared });
    // Never hand back text that no longer parses: keep what the last good pass made.
    if (next.diagnostics.some((d) => d.ruleId === SYNTAX_RULE)) break;
    current = next;
  }
  return { result: current, diff: unifiedDiff(result.source, current.source, result.file) };
}

/**
 * Writes the fixed text over `file`, atomically, only if the file still holds what was linted.
 * Returns why not, or undefined when written.
 */
export async function writeFixed(file: string, original: string, fixed: string): Promise<string | undefined> {
  let bytes: Buffer;
  try {
    bytes = await readFile(file);
  } catch {
    return "it could not be read again before writing";
  }
  const utf8 = Buffer.from(original, "utf8");
  const bom = Buffer.from([0xef, 0xbb, 0xbf]);
  let prefix: Buffer;
  if (bytes.equals(utf8)) prefix = Buffer.alloc(0);
  else if (bytes.equals(Buffer.concat([bom, utf8]))) prefix = bom;
  else if (bytes[0] === 0xff || bytes[0] === 0xfe) return "it is UTF-16; --fix writes UTF-8 files only";
  else return "it changed since it was read";
  await writeFileAtomic(path.resolve(file), Buffer.concat([prefix, Buffer.from(fixed, "utf8")]), { replaceInput: true });
  return undefined;
}
