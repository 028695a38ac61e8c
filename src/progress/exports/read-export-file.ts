import { readFile, stat } from "node:fs/promises";
import { unzipSync } from "fflate";
import { InputError } from "../../core/errors.js";
import { noteInput } from "../../io/run-inputs.js";
import { formatBytes } from "../../plan/read-plan-file.js";
import { ACTUALS_MAX_BYTES } from "../read-actuals-file.js";

export interface ExportText {
  text: string;
  /** The CSV's name inside a `.zip`, for messages; undefined for a plain CSV. */
  inner?: string;
}

/**
 * Reads an export as UTF-8 CSV text: a `.csv` as it is, a `.zip` (how Discourse delivers its
 * exports) by its one CSV inside. `file` is absolute; errors name it, the caller renames.
 */
export async function readExportFile(file: string, maxBytes = ACTUALS_MAX_BYTES): Promise<ExportText> {
  const bytes = await readBytes(file, maxBytes);
  if (!/\.zip$/i.test(file)) return { text: decode(bytes, file) };
  let entries: Record<string, Uint8Array>;
  try {
    // The limit applies to what the archive unpacks to as well: a small zip may hold a large file.
    entries = unzipSync(bytes, { filter: (entry) => /\.csv$/i.test(entry.name) && entry.originalSize <= maxBytes });
  } catch (error) {
    throw new InputError("E_ZIP", `is not a readable zip archive (${(error as Error).message})`, { file });
  }
  const names = Object.keys(entries).sort();
  if (names.length !== 1) {
    throw new InputError(
      "E_ZIP",
      names.length === 0
        ? `holds no CSV file of at most ${formatBytes(maxBytes)}`
        : `holds ${names.length} CSV files (${names.join(", ")}); unzip it and name one`,
      { file },
    );
  }
  const inner = names[0]!;
  return { text: decode(Buffer.from(entries[inner]!), file), inner };
}

async function readBytes(file: string, maxBytes: number): Promise<Buffer> {
  try {
    const info = await stat(file);
    if (!info.isFile()) throw new InputError("E_NOT_A_FILE", "is not a regular file", { file });
    if (info.size > maxBytes) {
      throw new InputError("E_TOO_LARGE", `is ${formatBytes(info.size)}, over the ${formatBytes(maxBytes)} limit for exports`, { file });
    }
    const bytes = await readFile(file);
    noteInput(file, "export", info);
    return bytes;
  } catch (error) {
    if (error instanceof InputError) throw error;
    const code = (error as NodeJS.ErrnoException).code;
    if (code === "ENOENT") throw new InputError("E_FILE_NOT_FOUND", "no such file", { file });
    throw new InputError("E_READ", `cannot be read (${code ?? (error as Error).message})`, { file });
  }
}

function decode(bytes: Buffer, file: string): string {
  if (bytes.subarray(0, 8192).includes(0)) {
    throw new InputError("E_BINARY", "is a binary file, not CSV", { file, hint: "download the export as CSV" });
  }
  try {
    return new TextDecoder("utf-8", { fatal: true }).decode(bytes);
  } catch {
    throw new InputError("E_ENCODING", "is not valid UTF-8", { file });
  }
}
