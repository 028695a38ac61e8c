// A bare `--version` is answered before the CLI loads (src/boot/quick-version.ts); it must print
// exactly what commander prints, and leave every other command line to the CLI.
import { describe, expect, it } from "vitest";
import { answerVersionQuickly } from "../../src/boot/quick-version.js";
import { main } from "../../src/cli.js";
import { repoRoot, runCli } from "../helpers/run-cli.js";

describe("--version before the CLI loads", () => {
  it("prints what the CLI itself prints", async () => {
    const quick: string[] = [];
    expect(answerVersionQuickly(["node", "community-plan", "--version"], { write: (text: string) => quick.push(text) })).toBe(true);
    for (const flag of ["--version", "-V"]) {
      const full: string[] = [];
      const io = { stdout: { write: (text: string) => full.push(text) }, stderr: { write: () => true }, env: {}, cwd: repoRoot };
      expect(await main(["node", "community-plan", flag], io)).toBe(0);
      expect(full.join("")).toBe(quick.join(""));
    }
    expect(runCli(["--version"]).stdout).toBe(quick.join(""));
  });

  it("leaves every other command line to the CLI", () => {
    const none = { write: () => expect.unreachable() };
    for (const argv of [["--help"], ["lint", "--version"], ["--version", "--debug"], []]) {
      expect(answerVersionQuickly(["node", "community-plan", ...argv], none)).toBe(false);
    }
  });
});
