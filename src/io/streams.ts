import { fstatSync } from "node:fs";
import { exitQuietlyOnClosedPipe } from "./closed-pipe.js";

/** Where a command writes, so tests can capture it and the CLI can pass the real streams. */
export interface Io {
  stdout: { write(text: string): unknown; isTTY?: boolean; columns?: number };
  stderr: { write(text: string): unknown; isTTY?: boolean; columns?: number };
  env: Record<string, string | undefined>;
  cwd: string;
  /** Everything on standard input (`lint -`); absent where there is none to read. */
  readStdin?: () => Promise<Uint8Array>;
}

export function processIo(): Io {
  return { stdout: lazyStream(() => process.stdout, 1), stderr: lazyStream(() => process.stderr, 2), env: process.env, cwd: process.cwd(), readStdin };
}

/** Reads standard input to its end; a terminal is refused, since nobody is typing a plan there. */
async function readStdin(): Promise<Uint8Array> {
  const stdin = process.stdin;
  if (stdin.isTTY) {
    const { UsageError } = await import("../core/errors.js");
    throw new UsageError("E_STDIN_TTY", "`lint -` reads the plan from standard input, but that is a terminal", "pipe the plan in: community-plan lint - < community-plan.yaml");
  }
  const chunks: Buffer[] = [];
  for await (const chunk of stdin) chunks.push(chunk as Buffer);
  return Buffer.concat(chunks);
}

/**
 * A process stream that Node sets up only when it is first used. Setting up stdout and stderr
 * costs about 2.5 ms (net, tty and pipe modules, for a pipe), which a run with nothing to say,
 * such as a lint of a clean plan in CI, never needs. The stream ends the run quietly if its
 * reader goes away (util/closed-pipe.ts), from before its first write.
 */
function lazyStream(get: () => NodeJS.WriteStream, fd: number): Io["stdout"] {
  let stream: NodeJS.WriteStream | undefined;
  const open = (): NodeJS.WriteStream => {
    if (!stream) {
      stream = get();
      exitQuietlyOnClosedPipe([stream]);
    }
    return stream;
  };
  return {
    write: (text) => open().write(text),
    get isTTY() {
      // A pipe or a file is no terminal, and saying so needs no stream: only a character device
      // (a terminal, or /dev/null) is worth setting the stream up to ask.
      if (!stream && !isCharacterDevice(fd)) return false;
      return open().isTTY;
    },
    get columns() {
      return open().columns;
    },
  };
}

function isCharacterDevice(fd: number): boolean {
  try {
    return fstatSync(fd).isCharacterDevice();
  } catch {
    return false;
  }
}

/** NO_COLOR and FORCE_COLOR win; otherwise colour only when writing to a terminal. */
export function useColor(stream: { isTTY?: boolean }, env: Io["env"]): boolean {
  if (env.FORCE_COLOR !== undefined) return env.FORCE_COLOR !== "0" && env.FORCE_COLOR !== "false";
  if (env.NO_COLOR !== undefined && env.NO_COLOR !== "") return false;
  return stream.isTTY === true && env.TERM !== "dumb";
}
