// Ctrl-C (SIGINT) and SIGTERM end a run at once, with one line, no stack trace and no partial
// file: the target of a write in progress is untouched (writes are atomic), and the temporary
// file is removed here. This is the one place besides cli.ts that ends the process, because a
// signal handler must, or the run would carry on.
import { unlinkSync } from "node:fs";
import { ExitCode } from "../core/errors.js";
import { pendingTempFiles } from "./pending-temp-files.js";

const SIGNAL_EXIT: Record<"SIGINT" | "SIGTERM", number> = { SIGINT: ExitCode.interrupted, SIGTERM: 143 };

// `stderr` has no default: process.stderr as one would set the stream up on every run.
export function exitOnInterrupt(stderr: { write(text: string): unknown }): void {
  for (const signal of ["SIGINT", "SIGTERM"] as const) {
    process.once(signal, () => {
      removePendingTempFiles();
      stderr.write(`community-plan: interrupted (${signal}); no file was left half-written\n`);
      process.exit(SIGNAL_EXIT[signal]);
    });
  }
}

/** What the handler does before it exits; the writer makes sure nothing it lists appears later. */
export function removePendingTempFiles(): void {
  for (const temp of pendingTempFiles) {
    try {
      unlinkSync(temp);
    } catch {
      // Already renamed into place or removed: nothing left behind either way.
    }
  }
}
