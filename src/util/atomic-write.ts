// Writes a file whole or not at all: the text goes to a temporary file in the same directory
// (same file system, so the final step is atomic), which is then moved into place. On any
// failure the temporary file is removed and the target is untouched.
import { randomBytes } from "node:crypto";
import { link, rename, unlink, writeFile } from "node:fs/promises";
import path from "node:path";

export class TargetExistsError extends Error {
  override readonly name = "TargetExistsError";
}

/** `overwrite: false` refuses to replace an existing file (TargetExistsError) instead of renaming over it. */
export async function writeFileAtomic(target: string, text: string, options: { overwrite?: boolean } = {}): Promise<void> {
  const temp = path.join(path.dirname(target), `.${path.basename(target)}.${process.pid}.${randomBytes(4).toString("hex")}.tmp`);
  try {
    await writeFile(temp, text, { encoding: "utf8", flag: "wx" });
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
    throw error;
  }
}
