// Renders every command's `--help` with the real program, for the quick path in
// src/boot/quick-help.ts. The build runs it on the CLI bundle (scripts/help-texts.mjs) and a
// test runs it on the source, so the texts are always what commander itself prints.
import type { CommandUnknownOpts as Command } from "@commander-js/extra-typings";
import type { Io } from "../io/streams.js";
import type { HelpEntry, HelpTexts } from "./quick-help.js";

export interface Cli {
  main(argv: readonly string[], io: Io): Promise<number>;
  buildProgram(io: Io, setExit: (code: number) => void): Command;
}

/** What the CLI prints for `<words> --help` on a stream of this kind; it must print nothing else. */
export async function helpThroughCli(cli: Cli, words: readonly string[], stream: { isTTY?: boolean; columns?: number }): Promise<string> {
  const out: string[] = [];
  const err: string[] = [];
  const io: Io = { stdout: { ...stream, write: (text) => out.push(text) }, stderr: { write: (text) => err.push(text) }, env: {}, cwd: process.cwd() };
  const code = await cli.main(["node", "community-plan", ...words, "--help"], io);
  if (code !== 0 || err.length > 0) throw new Error(`community-plan ${words.join(" ")} --help exited ${code}: ${err.join("")}`);
  return out.join("");
}

/** Every command as the words a person types, walked from the program (commander's own `help` aside). */
export function commandWords(command: Command, prefix: readonly string[] = []): string[][] {
  return command.commands
    .filter((sub) => sub.name() !== "help")
    .flatMap((sub) => [[...prefix, sub.name()], ...commandWords(sub, [...prefix, sub.name()])]);
}

// Wider than any help line, so nothing wraps.
const UNWRAPPED = 10_000;

async function entryFor(cli: Cli, words: readonly string[]): Promise<HelpEntry> {
  const at = (columns: number) => helpThroughCli(cli, words, { isTTY: true, columns });
  const at80 = await helpThroughCli(cli, words, { isTTY: false });
  const wide = await at(UNWRAPPED);
  // The narrowest terminal that still gets the unwrapped text: from the longest line down, as
  // long as commander prints the same (it wraps only lines longer than the terminal).
  let wideFrom = Math.max(...wide.split("\n").map((line) => line.length));
  while ((await at(wideFrom)) !== wide) {
    if (++wideFrom >= UNWRAPPED) throw new Error(`community-plan ${words.join(" ")} --help: no width below ${UNWRAPPED} prints it unwrapped`);
  }
  while (wideFrom > 1 && (await at(wideFrom - 1)) === wide) wideFrom--;
  return { at80, wide, wideFrom };
}

/** The help of the program and of every command, as src/boot/quick-help.ts reads it. */
export async function renderHelpTexts(cli: Cli): Promise<HelpTexts> {
  const sink = { write: () => true };
  const program = cli.buildProgram({ stdout: sink, stderr: sink, env: {}, cwd: process.cwd() }, () => {});
  const texts: HelpTexts = {};
  for (const words of [[], ...commandWords(program)]) texts[words.join(" ")] = await entryFor(cli, words);
  return texts;
}
