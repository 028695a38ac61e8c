// Outputs never replace inputs: before the first byte of a run is written, no target may be the
// same file as anything the run read (src/io/run-inputs.ts). Same file means same device and
// inode, which sees through symlinks (in the target or any folder above it), `..` and hard links.
import { statSync } from "node:fs";
import { UsageError } from "../core/errors.js";
import { displayPath } from "../util/display-path.js";
import { runInputs } from "./run-inputs.js";

/** Throws E_OUTPUT_IS_INPUT (exit 2) naming both paths when a target is a file this run read. */
export function refuseInputsAsOutputs(targets: readonly string[]): void {
  const inputs = runInputs();
  if (inputs.length === 0) return;
  for (const target of targets) {
    let identity;
    try {
      identity = statSync(target, { throwIfNoEntry: false });
    } catch {
      // Unreachable (a file in the path, no permission): the write itself says why, cleanly.
      continue;
    }
    // A file that does not exist yet cannot be one that was read.
    if (identity === undefined) continue;
    const input = inputs.find((candidate) => candidate.dev === identity.dev && candidate.ino === identity.ino);
    if (input === undefined) continue;
    const shown = (file: string) => displayPath(file, process.cwd());
    throw new UsageError("E_OUTPUT_IS_INPUT", `refusing to write ${shown(target)}: it is the ${input.kind} ${shown(input.file)}; nothing was written`);
  }
}
