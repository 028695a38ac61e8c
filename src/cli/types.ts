import type { Command } from "@commander-js/extra-typings";
import type { Io } from "../io/streams.js";

/** What each command's registration gets: the program to add to, the streams, and the exit-code sink. */
export interface CliContext {
  program: Command;
  io: Io;
  /** Records the command's exit code; src/cli.ts is the only place that sets process.exitCode. */
  setExit: (code: number) => void;
}

export function examples(lines: string[]): string {
  return `\nExamples:\n${lines.map((line) => `  $ ${line}`).join("\n")}\n`;
}
