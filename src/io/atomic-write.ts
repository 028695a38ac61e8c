// Writes a file whole or not at all: the text goes to a temporary file in the same directory
// (same file system, so the final step is atomic), which is then moved into place. On any
// failure the temporary file is removed and the target is untouched; on Ctrl-C or SIGTERM the
// interrupt handler (src/util/interrupt.ts) removes whatever temporary files are still open.
import { randomBytes } from "node:crypto";
import { link, open, rename, unlink } from "node:fs/promises";
import path from "node:path";
import { InputError } from "../core/errors.js";
import { pendingTempFiles } from "./pending-temp-files.js";

export class TargetExistsError extends Error {
  override readonly name = "TargetExistsError";
}

const HINTS: Record<string, string> = {
  EACCES: "check that the directory is writable",
  EPERM: "check that the directory is writable",
  EROFS: "the file system is read-only; write somewhere else",
  ENOSPC: "the disk is full; free some space and run again",
  ENOENT: "create the directory first",
  ENOTDIR: "a part of the path is a file, not a directory",
};

/** `overwrite: false` refuses to replace an existing file (TargetExistsError) instead of renaming over it. */
export async function writeFileAtomic(target: string, text: string, options: { overwrite?: boolean } = {}): Promise<void> {
  const temp = path.join(path.dirname(target), `.${path.basename(target)}.${process.pid}.${randomBytes(4).toString("hex")}.tmp`);
  try {
    pendingTempFiles.add(temp);
    await writeTemp(temp, text);
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
    throw asWriteError(error, target);
  } finally {
    pendingTempFiles.delete(temp);
  }
}

async function writeTemp(temp: string, text: string): Promise<void> {
  const handle = await open(temp, "wx");
  try {
    const bytes = Buffer.from(text, "utf8");
    // TEST ONLY: COMMUNITY_PLAN_TEST_WRITE_DELAY_MS pauses halfway through the bytes, so tests can
    // interrupt a write in progress; COMMUNITY_PLAN_TEST_WRITE_FAIL=<errno> fails it there.
    const delay = Number(process.env.COMMUNITY_PLAN_TEST_WRITE_DELAY_MS ?? 0);
    const fail = process.env.COMMUNITY_PLAN_TEST_WRITE_FAIL;
    if (delay > 0 || fail) {
      const half = Math.floor(bytes.length / 2);
      await handle.write(bytes, 0, half);
      if (delay > 0) await new Promise((resolve) => setTimeout(resolve, delay));
      if (fail) throw Object.assign(new Error(`${fail} (injected by COMMUNITY_PLAN_TEST_WRITE_FAIL)`), { code: fail });
      await handle.write(bytes, half);
    } else {
      await handle.writeFile(bytes);
    }
  } finally {
    await handle.close();
  }
}

/** A failing disk or directory is something the person can fix: one line, exit 2, the file named. */
function asWriteError(error: unknown, target: string): unknown {
  const code = (error as NodeJS.ErrnoException).code;
  if (error instanceof TargetExistsError || typeof code !== "string" || !/^E[A-Z]+$/.test(code)) return error;
  return new InputError("E_WRITE", `cannot be written (${code}); nothing was changed`, { file: target, hint: HINTS[code] });
}
