import { readFile } from "node:fs/promises";
import { ExitCode } from "../errors.js";
import type { Io } from "../io.js";

/** The schema file ships with the package, two levels above both src/commands and dist/commands. */
export const schemaUrl = new URL("../../schemas/community-plan.schema.json", import.meta.url);

export async function schemaCommand(io: Io): Promise<number> {
  io.stdout.write(await readFile(schemaUrl, "utf8"));
  return ExitCode.ok;
}
