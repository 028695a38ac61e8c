import { readFile } from "node:fs/promises";
import { ExitCode } from "../core/errors.js";
import type { Io } from "../io/streams.js";
import { schemaPath } from "../io/package-files.js";


export async function schemaCommand(io: Io): Promise<number> {
  io.stdout.write(await readFile(schemaPath, "utf8"));
  return ExitCode.ok;
}
