import { existsSync } from "node:fs";
import { mkdir, readdir, readFile } from "node:fs/promises";
import path from "node:path";
import { ExitCode, UsageError } from "../core/errors.js";
import type { Io } from "../io/streams.js";
import { defaultTemplatesDir } from "../render/template-files.js";
import { writeFileAtomic } from "../io/atomic-write.js";
import { displayPath } from "../util/display-path.js";
import { checkOutDir } from "../render/write-documents.js";

export interface EjectOptions {
  dir: string;
  force: boolean;
}

/** Every default template file, as paths relative to the templates directory, sorted. */
export async function defaultTemplateFiles(): Promise<string[]> {
  const entries = await readdir(defaultTemplatesDir, { recursive: true, withFileTypes: true });
  return entries
    .filter((entry) => entry.isFile() && entry.name.endsWith(".hbs"))
    .map((entry) => path.relative(defaultTemplatesDir, path.join(entry.parentPath, entry.name)))
    .sort();
}

/** Copies the default templates out; refuses to overwrite unless --force. */
export async function ejectTemplates(options: EjectOptions, io: Io): Promise<number> {
  const target = path.resolve(io.cwd, options.dir);
  await checkOutDir(target);
  const files = await defaultTemplateFiles();
  const clashes = files.filter((file) => existsSync(path.join(target, file)));
  if (clashes.length > 0 && !options.force) {
    throw new UsageError(
      "E_EXISTS",
      `${path.join(options.dir, clashes[0]!)}${clashes.length > 1 ? ` and ${clashes.length - 1} more` : ""} already exist`,
      "pass --force to overwrite them, or eject into another directory",
    );
  }
  for (const file of files) {
    const destination = path.join(target, file);
    await mkdir(path.dirname(destination), { recursive: true });
    await writeFileAtomic(destination, await readFile(path.join(defaultTemplatesDir, file), "utf8"), { overwrite: true });
    io.stdout.write(`${displayPath(destination, io.cwd)}\n`);
  }
  return ExitCode.ok;
}
