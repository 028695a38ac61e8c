// A failing disk or directory is something the person can fix: one line, exit 2, the path named,
// the same words for a file (src/io/atomic-write.ts) and a folder (src/io/make-directory.ts).
import { InputError } from "../core/errors.js";

const HINTS: Record<string, string> = {
  EACCES: "check that the directory is writable",
  EPERM: "check that the directory is writable",
  EROFS: "the file system is read-only; write somewhere else",
  ENOSPC: "the disk is full; free some space and run again",
  ENOENT: "create the directory first",
  ENOTDIR: "a part of the path is a file, not a directory",
};

/** An errno error becomes E_WRITE naming `target`; anything else (a bug, a known error) passes through. */
export function asWriteError(error: unknown, target: string): unknown {
  const code = (error as NodeJS.ErrnoException | undefined)?.code;
  if (typeof code !== "string" || !/^E[A-Z]+$/.test(code)) return error;
  return new InputError("E_WRITE", `cannot be written (${code}); nothing was changed`, { file: target, hint: HINTS[code] });
}
