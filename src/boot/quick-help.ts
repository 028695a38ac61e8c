// `community-plan --help` and `community-plan <command> --help` are answered before the CLI is
// loaded, from texts the build rendered with the real program (scripts/help-texts.mjs, through
// src/boot/help-texts.ts): loading commander and building the program is most of a help run.
// There is no second copy of the help to keep up to date: the texts are commander's own output,
// remade by every build, and removed with the bundle they came from (scripts/bundle.mjs empties
// dist/cli-bundle/), so a missing file or an unknown command line just goes to the CLI.
import { readFileSync } from "node:fs";
import { packagePath } from "../io/package-files.js";
import { exitQuietlyOnClosedPipe } from "../io/closed-pipe.js";

/** One command's help: as wrapped for 80 columns (commander's width off a terminal), and
 *  unwrapped, which is what any terminal of at least `wideFrom` columns gets. */
export interface HelpEntry {
  at80: string;
  wide: string;
  wideFrom: number;
}

/** Help entries by the command's words ("" for the program, "templates eject"). */
export type HelpTexts = Record<string, HelpEntry>;

export interface HelpStream {
  write(text: string): unknown;
  isTTY?: boolean;
  columns?: number;
}

export const helpTextsFile = packagePath("dist", "cli-bundle", "help-texts.json");

const HELP_FLAGS = new Set(["--help", "-h"]);

/**
 * The text commander would print for this stream, or undefined for a width the build did not
 * render. The width is commander's: the terminal's columns, 80 when not writing to a terminal.
 */
export function pickHelpText(entry: HelpEntry, stdout: HelpStream): string | undefined {
  const width = stdout.isTTY ? stdout.columns : undefined;
  if ((width ?? 80) === 80) return entry.at80;
  if (width !== undefined && width >= entry.wideFrom) return entry.wide;
  return undefined;
}

/** Whether the run ends in a help flag: the only runs worth reading the help texts for. */
export function isHelpRun(argv: readonly string[]): boolean {
  return argv.length >= 3 && HELP_FLAGS.has(argv[argv.length - 1]!);
}

/** Prints the help and returns true when the arguments are a command's words and then `--help` or `-h`. */
export function answerHelpQuickly(argv: readonly string[], stdout: HelpStream = process.stdout, file: string = helpTextsFile): boolean {
  if (!isHelpRun(argv)) return false;
  // Read only now: every other run goes straight on to the CLI.
  let texts: HelpTexts;
  try {
    texts = JSON.parse(readFileSync(file, "utf8")) as HelpTexts;
  } catch {
    return false;
  }
  const words = argv.slice(2, -1);
  // Command names are single words; "templates eject" typed as one argument is not a command.
  if (!words.every((word) => /^[\w-]+$/.test(word))) return false;
  const key = words.join(" ");
  const entry = Object.hasOwn(texts, key) ? texts[key] : undefined;
  const text = entry && pickHelpText(entry, stdout);
  if (text === undefined) return false;
  // `community-plan --help | head -1` ends as quietly as it does through the CLI.
  if (stdout === process.stdout) exitQuietlyOnClosedPipe([process.stdout]);
  stdout.write(text);
  return true;
}
