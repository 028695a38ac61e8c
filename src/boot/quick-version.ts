// `community-plan --version` on its own is answered before the CLI is loaded: CI jobs and
// editor integrations call it to log or check the version, and it needs nothing but
// package.json. Any other arguments, `--version` among them, go through the CLI as usual, which
// prints the same line (a test compares the two).
import { packageVersion } from "../io/package-files.js";
import { exitQuietlyOnClosedPipe } from "../io/closed-pipe.js";

/** Prints the version and returns true when the arguments are exactly `--version` or `-V`. */
export function answerVersionQuickly(argv: readonly string[], stdout?: { write(text: string): unknown }): boolean {
  if (argv.length !== 3 || (argv[2] !== "--version" && argv[2] !== "-V")) return false;
  // process.stdout only now: a default parameter would set the stream up for every run (~2.5 ms).
  // `community-plan --version | true` ends as quietly as it does through the CLI.
  if (!stdout) exitQuietlyOnClosedPipe([process.stdout]);
  (stdout ?? process.stdout).write(`${packageVersion()}\n`);
  return true;
}
