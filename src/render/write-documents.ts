// Puts rendered files into the output directory: only directly inside it, atomically, and
// without rewriting files whose content has not changed.
// The checks before writing are synchronous: each fs/promises call is a round trip through
// libuv's thread pool, and on a busy 2-core runner waiting for that thread costs more than the
// call (a re-render of five unchanged files spent ~6 ms idle in them).
import { lstatSync, readFileSync, statSync } from "node:fs";
import path from "node:path";
import { UsageError } from "../core/errors.js";
import { makeDirectory } from "../io/make-directory.js";
import { refuseInputsAsOutputs } from "../io/output-guard.js";
import { asWriteError } from "../io/write-error.js";
import type { RenderedFile } from "./documents.js";
import { sanitizeFileName } from "./file-names.js";

export type WriteStatus = "new" | "changed" | "unchanged";

export interface PlannedFile {
  path: string;
  status: WriteStatus;
  content: string;
}

/** Refuses an --out that exists and is not a directory (a file, or a symlink to one), or that
 *  cannot be reached (a file part-way along the path: ENOTDIR), with the writer's words. */
export async function checkOutDir(outDir: string): Promise<boolean> {
  try {
    const info = statSync(outDir);
    if (!info.isDirectory()) throw new UsageError("E_OUT_NOT_DIR", `--out ${outDir} exists and is not a directory`);
    return true;
  } catch (error) {
    if ((error as NodeJS.ErrnoException).code === "ENOENT") return false;
    throw asWriteError(error, outDir);
  }
}

function statusOf(file: string, content: string): WriteStatus {
  let info;
  try {
    info = lstatSync(file);
  } catch {
    return "new";
  }
  if (info.isDirectory()) throw new UsageError("E_OUT_COLLISION", `${file} is a directory; cannot write a document there`);
  // A symlink is replaced by a regular file, never written through, so it always "changes".
  if (!info.isFile()) return "changed";
  return readFileSync(file, "utf8") === content ? "unchanged" : "changed";
}

/** What writing would do, file by file. Names are re-sanitised here: nothing escapes outDir.
 *  Refuses, before anything is written, a document that would replace one of the run's inputs. */
export async function planWrites(outDir: string, files: readonly RenderedFile[]): Promise<PlannedFile[]> {
  const planned: PlannedFile[] = [];
  for (const file of files) {
    const target = path.join(outDir, sanitizeFileName(file.name));
    planned.push({ path: target, status: statusOf(target, file.content), content: file.content });
  }
  refuseInputsAsOutputs(planned.map((file) => file.path));
  return planned;
}

export async function writePlanned(outDir: string, planned: readonly PlannedFile[]): Promise<void> {
  makeDirectory(outDir);
  const changed = planned.filter((file) => file.status !== "unchanged");
  if (changed.length === 0) return;
  // Loaded only when something changed: a re-render of an unchanged plan writes nothing, and the
  // writer brings node:crypto (~8 ms of a run).
  const { writeFileAtomic } = await import("../io/atomic-write.js");
  for (const file of changed) await writeFileAtomic(file.path, file.content, { overwrite: true });
}
