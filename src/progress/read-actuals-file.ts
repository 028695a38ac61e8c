import { readFile, stat } from "node:fs/promises";
import { InputError } from "../core/errors.js";
import { formatBytes } from "../plan/read-plan-file.js";
import { noteInput } from "../io/run-inputs.js";

/** Admin exports of a few years of daily numbers stay far below this. */
export const ACTUALS_MAX_BYTES = 10 * 1024 * 1024;

/** Reads an actuals file as UTF-8 text (a BOM is dropped), refusing what cannot be a table of numbers. */
export async function readActualsFile(file: string, maxBytes = ACTUALS_MAX_BYTES): Promise<string> {
  let bytes: Buffer;
  try {
    const info = await stat(file);
    if (info.isDirectory()) throw new InputError("E_IS_DIRECTORY", "is a directory, not an actuals file", { file });
    // A pipe or device (/dev/zero) would make readFile wait forever.
    if (!info.isFile()) throw new InputError("E_NOT_A_FILE", "is not a regular file (a pipe, socket or device)", { file });
    if (info.size > maxBytes) {
      throw new InputError(
        "E_TOO_LARGE",
        `is ${formatBytes(info.size)}, over the ${formatBytes(maxBytes)} limit for actuals`,
        { file },
      );
    }
    bytes = await readFile(file);
    noteInput(file, "actuals", info);
  } catch (error) {
    if (error instanceof InputError) throw error;
    const code = (error as NodeJS.ErrnoException).code;
    if (code === "ENOENT") throw new InputError("E_FILE_NOT_FOUND", "no such file", { file });
    throw new InputError("E_READ", `cannot be read (${code ?? (error as Error).message})`, { file });
  }
  if (bytes.subarray(0, 8192).includes(0)) {
    throw new InputError("E_BINARY", "is a binary file, not CSV, JSON or YAML", {
      file,
      hint: "export the numbers as CSV",
    });
  }
  try {
    return new TextDecoder("utf-8", { fatal: true }).decode(bytes);
  } catch {
    throw new InputError("E_ENCODING", "is not valid UTF-8", {
      file,
      hint: "save the file as UTF-8 (in a spreadsheet: CSV UTF-8)",
    });
  }
}
