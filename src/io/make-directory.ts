// Creates a folder and its missing parents one level at a time. Node's recursive mkdir loops for
// ever on some paths (`/proc/x`, where every mkdir says ENOENT); here each level is tried once,
// and every failure is the writer's one-line E_WRITE naming the folder.
import { mkdirSync, statSync } from "node:fs";
import path from "node:path";
import { asWriteError } from "./write-error.js";

export function makeDirectory(dir: string): void {
  const missing: string[] = [];
  let current = path.resolve(dir);
  for (;;) {
    const info = statOrThrow(current, dir);
    if (info?.isDirectory()) break;
    if (info !== undefined) throw asWriteError(Object.assign(new Error("not a directory"), { code: "ENOTDIR" }), dir);
    missing.push(current);
    const parent = path.dirname(current);
    if (parent === current) break;
    current = parent;
  }
  for (const level of missing.reverse()) {
    try {
      mkdirSync(level);
    } catch (error) {
      // Made meanwhile by someone else: as good as made here.
      if ((error as NodeJS.ErrnoException).code === "EEXIST" && statOrThrow(level, dir)?.isDirectory()) continue;
      throw asWriteError(error, dir);
    }
  }
}

function statOrThrow(file: string, shown: string) {
  try {
    return statSync(file, { throwIfNoEntry: false });
  } catch (error) {
    throw asWriteError(error, shown);
  }
}
