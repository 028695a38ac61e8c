// `--help` is answered before the CLI loads (src/boot/quick-help.ts) from texts the build renders
// (scripts/help-texts.mjs). These check that the quick answer is byte for byte what commander
// prints, for every command and terminal width it answers, and that the built texts are current.
import { spawnSync } from "node:child_process";
import { readFileSync } from "node:fs";
import path from "node:path";
import { describe, expect, it } from "vitest";
import * as cli from "../../src/cli.js";
import { commandWords, helpThroughCli, renderHelpTexts } from "../../src/boot/help-texts.js";
import { answerHelpQuickly, helpTextsFile, type HelpStream, type HelpTexts } from "../../src/boot/quick-help.js";
import { binPath, repoRoot, runCli } from "../helpers/run-cli.js";

const sink = { write: () => true };
const program = cli.buildProgram({ stdout: sink, stderr: sink, env: {}, cwd: repoRoot }, () => {});
const everyCommand = [[], ...commandWords(program)];
const built = JSON.parse(readFileSync(helpTextsFile, "utf8")) as HelpTexts;

/** What the quick path prints on this kind of stream, or undefined when it leaves the run to the CLI. */
function quick(argv: readonly string[], stream: Omit<HelpStream, "write"> = {}, file?: string): string | undefined {
  const out: string[] = [];
  const answered = answerHelpQuickly(["node", "community-plan", ...argv], { ...stream, write: (text: string) => out.push(text) }, file);
  return answered ? out.join("") : undefined;
}

describe("--help before the CLI loads", () => {
  it("has the built help of every command", () => {
    expect(Object.keys(built).sort()).toEqual(everyCommand.map((words) => words.join(" ")).sort());
  });

  it("was built from the current program (run `npm run build` after changing a command)", async () => {
    expect(await renderHelpTexts(cli)).toEqual(built);
  });

  it.each(everyCommand.map((words) => [["community-plan", ...words].join(" "), words] as const))(
    "%s --help prints what commander prints, at every width it answers",
    async (_name, words) => {
      const { wideFrom } = built[words.join(" ")]!;
      const streams = [{}, { isTTY: false, columns: 50 }, { isTTY: true, columns: 80 }, { isTTY: true }, { isTTY: true, columns: wideFrom }, { isTTY: true, columns: wideFrom + 1 }, { isTTY: true, columns: 300 }];
      for (const stream of streams) {
        const expected = await helpThroughCli(cli, words, stream);
        for (const flag of ["--help", "-h"]) expect(quick([...words, flag], stream), JSON.stringify(stream)).toBe(expected);
      }
      // Narrower terminals wrap differently; those the build did not render go to the CLI.
      for (const columns of [40, 60, wideFrom - 1].filter((width) => width !== 80 && width < wideFrom)) {
        expect(quick([...words, "--help"], { isTTY: true, columns })).toBeUndefined();
      }
    },
  );

  it("holds plain text, whatever the colour settings", () => {
    for (const entry of Object.values(built)) expect(entry.at80 + entry.wide).not.toContain("\u001b");
  });

  it("leaves every other command line to the CLI", () => {
    for (const argv of [[], ["--version"], ["lint"], ["lint", "plan.yaml", "--help"], ["--help", "lint"], ["templates eject", "--help"], ["help", "--help"], ["rendr", "--help"], ["constructor", "--help"]]) {
      expect(quick(argv), argv.join(" ")).toBeUndefined();
    }
  });

  it("leaves --help to the CLI when the build's texts are missing", () => {
    expect(quick(["--help"], {}, path.join(repoRoot, "dist", "no-such-help-texts.json"))).toBeUndefined();
  });

  it("is what the binary prints, without loading the CLI", async () => {
    const run = runCli(["lint", "--help"]);
    expect(run).toEqual({ code: 0, stdout: await helpThroughCli(cli, ["lint"], {}), stderr: "" });
    // The quick path never reads the CLI's bundle (src/boot/code-cache-loader.ts would).
    const probe = "import fs from 'node:fs'; const read = fs.readFileSync; let cli = false; fs.readFileSync = (file, ...rest) => { cli ||= String(file).endsWith('cli.cjs'); return read(file, ...rest); }; process.on('exit', () => process.stderr.write(String(cli)));";
    const probed = spawnSync(process.execPath, ["--import", `data:text/javascript,${encodeURIComponent(probe)}`, binPath, "--help"], { cwd: repoRoot, encoding: "utf8" });
    expect({ stdout: probed.stdout, stderr: probed.stderr }).toEqual({ stdout: built[""]!.at80, stderr: "false" });
  });
});
