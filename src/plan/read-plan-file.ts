import { readdirSync, readFile as readFileCallback, stat as statCallback } from "node:fs";
import path from "node:path";
import { promisify } from "node:util";
import { closest } from "../util/closest.js";
import { InputError } from "../core/errors.js";
import { noteInput, type InputKind } from "../io/run-inputs.js";

// The callback API, promisified: node:fs/promises loads readline, fs watchers and directory
// streams with it (about 1 ms of every lint), none of which reading a file needs.
const stat = promisify(statCallback);
const readFile = promisify(readFileCallback);

/** Plans are hand-written text; anything this big is a mistake or an attack. */
export const DEFAULT_MAX_BYTES = 10 * 1024 * 1024;

export interface ReadOptions {
  maxBytes?: number;
  /** What the file is to this run, for the refusal to write over it: a plan unless said. */
  kind?: InputKind;
}

/**
 * Reads a plan file as text. Refuses, with an error naming the file, anything that is not a
 * readable, reasonably sized text file; decodes UTF-8 (with or without BOM) and UTF-16 with a BOM.
 */
export async function readPlanFile(file: string, options: ReadOptions = {}): Promise<string> {
  const maxBytes = options.maxBytes ?? DEFAULT_MAX_BYTES;
  let identity: { size: number; dev: number; ino: number };
  try {
    const info = await stat(file);
    if (info.isDirectory()) {
      throw new InputError("E_IS_DIRECTORY", "is a directory, not a plan file", {
        file,
        hint: "pass the plan file itself, or a glob such as 'plans/*.yaml'",
      });
    }
    // A FIFO, socket or device (/dev/zero) has no end a read can wait for: refuse it up front.
    if (!info.isFile()) {
      throw new InputError("E_NOT_A_FILE", "is not a regular file (a pipe, socket or device), so it cannot be a plan", { file });
    }
    identity = info;
  } catch (error) {
    throw asInputError(error, file, options.kind ?? "plan");
  }
  if (identity.size > maxBytes) {
    throw new InputError("E_TOO_LARGE", `is ${formatBytes(identity.size)}, over the ${formatBytes(maxBytes)} limit for a plan`, {
      file,
      hint: "raise the limit with --max-bytes <n> if the file really is a plan",
    });
  }
  let bytes: Buffer;
  try {
    bytes = await readFile(file);
  } catch (error) {
    throw asInputError(error, file);
  }
  noteInput(file, options.kind ?? "plan", identity);
  return decodeText(bytes, file);
}

// One decoder for every file of a run. The default (ignoreBOM: false) strips a UTF-8 BOM, so
// columns match what editors show; a decode without { stream: true } carries nothing over.
const strictUtf8 = new TextDecoder("utf-8", { fatal: true });

export function decodeText(bytes: Uint8Array, file: string): string {
  if (bytes[0] === 0xff && bytes[1] === 0xfe) return new TextDecoder("utf-16le").decode(bytes.subarray(2));
  if (bytes[0] === 0xfe && bytes[1] === 0xff) return new TextDecoder("utf-16be").decode(bytes.subarray(2));
  const probe = bytes.subarray(0, 8192);
  if (probe.includes(0)) {
    throw new InputError("E_BINARY", "is a binary file, not a YAML plan", { file });
  }
  try {
    return strictUtf8.decode(bytes);
  } catch {
    const lenient = new TextDecoder("utf-8").decode(bytes);
    const before = lenient.slice(0, lenient.indexOf("\uFFFD")).split("\n");
    const where = `line ${before.length}, column ${(before.at(-1) ?? "").length + 1}`;
    throw new InputError("E_ENCODING", `is not valid UTF-8 (first bad byte at ${where})`, {
      file,
      hint: "save the file as UTF-8",
    });
  }
}

function asInputError(error: unknown, file: string, kind: InputKind = "plan"): Error {
  if (error instanceof InputError) return error;
  const code = (error as NodeJS.ErrnoException).code;
  switch (code) {
    case "ENOENT":
      return new InputError("E_FILE_NOT_FOUND", "no such file", { file, hint: missingFileHint(file, kind) });
    case "EACCES":
    case "EPERM":
      return new InputError("E_PERMISSION", "permission denied", { file });
    case "EISDIR":
      return new InputError("E_IS_DIRECTORY", "is a directory, not a plan file", { file });
    default:
      return new InputError("E_READ", `cannot be read (${code ?? (error as Error).message})`, { file });
  }
}

/**
 * The next step for a file that is not there: a file with a close name in the same folder
 * (`plann.yaml` → `plan.yaml`), else, for a plan, how to make one.
 */
function missingFileHint(file: string, kind: InputKind): string | undefined {
  let names: string[] = [];
  try {
    names = readdirSync(path.dirname(file)).filter((name) => /\.(ya?ml|json)$/i.test(name));
  } catch {
    // The folder is missing or unreadable too: nothing to suggest from it.
  }
  const near = closest(path.basename(file), names.sort());
  if (near !== undefined) return `did you mean ${near}?`;
  return kind === "plan" ? "create one with `community-plan init`" : undefined;
}

export function formatBytes(bytes: number): string {
  if (bytes >= 1024 * 1024) return `${(bytes / 1024 / 1024).toFixed(1)} MiB`;
  if (bytes >= 1024) return `${(bytes / 1024).toFixed(1)} KiB`;
  return `${bytes} bytes`;
}
