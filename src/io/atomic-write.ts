// The one way the tool writes a file. It refuses a target that is one of the run's inputs
// (src/io/output-guard.ts), and writes whole or not at all: the text goes to a temporary file in
// the same directory (same file system, so the final step is atomic), which is then moved into
// place. On any failure the temporary file is removed and the target is untouched; on Ctrl-C or
// SIGTERM the interrupt handler (src/io/interrupt.ts) removes the temporary files still pending.
//
// The temporary file is named in pendingTempFiles before it exists and created with a synchronous
// open: a signal handler runs only between JavaScript tasks, so whenever it runs, every temporary
// file either exists and is listed, or has not been created and never will be (the handler exits).
// An asynchronous open still in the thread pool when the handler ran created its file afterwards.
import { randomBytes } from "node:crypto";
import { closeSync, openSync, writeSync } from "node:fs";
import { link, rename, unlink } from "node:fs/promises";
import path from "node:path";
import { refuseInputsAsOutputs } from "./output-guard.js";
import { pendingTempFiles } from "./pending-temp-files.js";
import { asWriteError } from "./write-error.js";

export class TargetExistsError extends Error {
  override readonly name = "TargetExistsError";
}

/**
 * `overwrite: false` refuses to replace an existing file (TargetExistsError) instead of renaming
 * over it. `replaceInput: true` is for `lint --fix` alone, which rewrites the plan it read on purpose.
 */
export async function writeFileAtomic(target: string, text: string | Uint8Array, options: { overwrite?: boolean; replaceInput?: boolean } = {}): Promise<void> {
  if (options.replaceInput !== true) refuseInputsAsOutputs([target]);
  const temp = path.join(path.dirname(target), `.${path.basename(target)}.${process.pid}.${randomBytes(4).toString("hex")}.tmp`);
  pendingTempFiles.add(temp);
  try {
    await writeTemp(temp, text);
    // An in-flight rename or link racing the handler's unlink is safe either way round: the
    // target ends up old or complete, and the temporary name is gone.
    if (options.overwrite !== false) {
      await rename(temp, target);
    } else {
      // link() refuses to replace an existing file, so a file created meanwhile is never lost.
      try {
        await link(temp, target);
      } catch (error) {
        if ((error as NodeJS.ErrnoException).code === "EEXIST") throw new TargetExistsError(target);
        throw error;
      }
      await unlink(temp);
    }
  } catch (error) {
    await unlink(temp).catch(() => undefined);
    throw error instanceof TargetExistsError ? error : asWriteError(error, target);
  } finally {
    pendingTempFiles.delete(temp);
  }
}

async function writeTemp(temp: string, text: string | Uint8Array): Promise<void> {
  const fd = openSync(temp, "wx");
  try {
    const bytes = typeof text === "string" ? Buffer.from(text, "utf8") : text;
    // TEST ONLY: COMMUNITY_PLAN_TEST_WRITE_DELAY_MS pauses halfway through the bytes, so tests can
    // interrupt a write in progress; COMMUNITY_PLAN_TEST_WRITE_FAIL=<errno> fails it there.
    const delay = Number(process.env.COMMUNITY_PLAN_TEST_WRITE_DELAY_MS ?? 0);
    const fail = process.env.COMMUNITY_PLAN_TEST_WRITE_FAIL;
    const half = delay > 0 || fail ? Math.floor(bytes.length / 2) : bytes.length;
    writeAll(fd, bytes.subarray(0, half));
    if (delay > 0) await new Promise((resolve) => setTimeout(resolve, delay));
    if (fail) throw Object.assign(new Error(`${fail} (injected by COMMUNITY_PLAN_TEST_WRITE_FAIL)`), { code: fail });
    writeAll(fd, bytes.subarray(half));
  } finally {
    closeSync(fd);
  }
}

/** writeSync may write fewer bytes than asked (a full pipe, a signal): loop until all are out. */
function writeAll(fd: number, bytes: Uint8Array): void {
  let offset = 0;
  while (offset < bytes.length) offset += writeSync(fd, bytes, offset, bytes.length - offset);
}

/**
 * The one way the tool removes a file it wrote before: never one of the run's inputs (the same
 * guard as writing), and a file already gone is not an error.
 */
export async function removeFile(target: string): Promise<void> {
  refuseInputsAsOutputs([target]);
  try {
    await unlink(target);
  } catch (error) {
    if ((error as NodeJS.ErrnoException).code !== "ENOENT") throw asWriteError(error, target);
  }
}
