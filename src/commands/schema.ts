import { readFile } from "node:fs/promises";
import { ExitCode } from "../errors.js";
import type { Io } from "../io.js";
import { schemaPath } from "../package-files.js";


export async function schemaCommand(io: Io): Promise<number> {
  io.stdout.write(await readFile(schemaPath, "utf8"));
  return ExitCode.ok;
}
