import type { CommandUnknownOpts as Command } from "@commander-js/extra-typings";
import { describe, expect, it } from "vitest";
import { buildProgram, main } from "../../src/cli.js";
import type { Io } from "../../src/io/streams.js";
import { spawnSync } from "node:child_process";
import { binPath, repoRoot, runCli } from "../helpers/run-cli.js";

function captureIo(): Io & { out: string[]; err: string[] } {
  const out: string[] = [];
  const err: string[] = [];
  return { out, err, stdout: { write: (text: string) => out.push(text) }, stderr: { write: (text: string) => err.push(text) }, env: { NO_COLOR: "1" }, cwd: process.cwd() };
}

/** Every registered command, as the words a person types, walked from the real program. */
function commandPaths(command: Command, prefix: string[] = []): string[][] {
  return command.commands
    .filter((sub) => sub.name() !== "help")
    .flatMap((sub) => [[...prefix, sub.name()], ...commandPaths(sub, [...prefix, sub.name()])]);
}

const program = buildProgram(captureIo(), () => {});
const paths = commandPaths(program);

describe("command-line conventions", () => {
  it("finds every command the brief names", () => {
    expect(paths.map((words) => words.join(" "))).toEqual(
      expect.arrayContaining(["init", "lint", "render", "calendar", "slots", "progress", "rules", "schema", "templates", "templates eject", "completion"]),
    );
  });

  it.each(paths.map((words) => [words.join(" "), words] as const))("%s --help has a description, every option and 2-3 examples", async (_name, words) => {
    const io = captureIo();
    expect(await main(["node", "community-plan", ...words, "--help"], io)).toBe(0);
    const help = io.out.join("");
    let command: Command = program;
    for (const word of words) command = command.commands.find((sub) => sub.name() === word)!;
    expect(command.description().length).toBeGreaterThan(10);
    expect(help.replace(/\s+/g, " ")).toContain(command.description());
    // Hidden options are old names kept as aliases; help shows the one name.
    for (const option of command.options.filter((o) => !o.hidden)) expect(help).toContain(option.long ?? option.short!);
    const block = help.split("\nExamples:\n")[1];
    expect(block, `${words.join(" ")} --help has no Examples: block`).toBeDefined();
    const lines = block!.split("\n").filter((line) => line.startsWith("  $ community-plan "));
    expect(lines.length).toBeGreaterThanOrEqual(2);
    expect(lines.length).toBeLessThanOrEqual(3);
  });

  it("the root --help shows the main flows", async () => {
    const io = captureIo();
    expect(await main(["node", "community-plan", "--help"], io)).toBe(0);
    const block = io.out.join("").split("\nExamples:\n")[1]!;
    for (const flow of ["init", "lint", "render", "calendar", "progress"]) expect(block).toContain(`$ community-plan ${flow} `.trimEnd());
  });

  it("suggests the closest command and option, on stderr, with exit code 2", () => {
    const command = runCli(["rendr", "plan.yaml"]);
    expect(command).toEqual({ code: 2, stdout: "", stderr: "community-plan: unknown command 'rendr'\n(Did you mean render?)\n" });
    const option = runCli(["lint", "plan.yaml", "--formt", "json"]);
    expect(option).toEqual({ code: 2, stdout: "", stderr: "community-plan: unknown option '--formt'\n(Did you mean --format?)\n" });
  });

  it("--version prints only the version", () => {
    expect(runCli(["--version"])).toEqual({ code: 0, stdout: `${process.env.npm_package_version ?? "0.1.0"}\n`, stderr: "" });
  });
});

describe("colour", () => {
  const ESC = "\u001b[";
  // One case per command that colours: lint and progress on stdout, render's refusal on stderr.
  const cases: Array<{ name: string; args: string[]; stream: "stdout" | "stderr" }> = [
    { name: "lint", args: ["lint", "examples/dev-community.yaml", "--today", "2027-09-01"], stream: "stdout" },
    { name: "progress", args: ["progress", "examples/dev-community.yaml", "--actuals", "examples/dev-community.actuals.csv", "--today", "2027-06-01"], stream: "stdout" },
    { name: "render", args: ["render", "examples/dev-community.yaml", "--today", "2027-09-01", "--dry-run"], stream: "stderr" },
  ];
  const env = (vars: Record<string, string | undefined>) => vars as Record<string, string>;

  it.each(cases)("$name: colour with FORCE_COLOR, none with NO_COLOR or into a pipe", ({ args, stream }) => {
    const forced = runCli(args, { env: env({ NO_COLOR: undefined, FORCE_COLOR: "1" }) });
    expect(forced[stream]).toContain(ESC);
    expect(runCli(args, { env: env({ NO_COLOR: "1" }) })[stream]).not.toContain(ESC);
    // spawnSync's streams are pipes, not terminals.
    const piped = runCli(args, { env: env({ NO_COLOR: undefined }) });
    expect(piped[stream]).not.toContain(ESC);
    expect(piped[stream].length).toBeGreaterThan(0);
    expect(runCli(args, { env: env({ NO_COLOR: undefined, FORCE_COLOR: "0" }) })[stream]).not.toContain(ESC);
  });
});

describe("a reader that stops early", () => {
  // `| head -1` closes the pipe after one line; the next write must not end in a stack trace.
  it.each([
    ["render --help", ["render", "--help"]],
    ["calendar for a year", ["calendar", "examples/global-gaming.yaml", "--from", "2027-01-01", "--to", "2027-12-31", "--today", "2027-01-04"]],
  ])("%s | head -1 ends quietly", (_name, args) => {
    const command = ["node", binPath, ...args].map((word) => `'${word}'`).join(" ");
    const run = spawnSync("sh", ["-c", `${command} | head -1; echo "status $?"`], { cwd: repoRoot, encoding: "utf8", env: { ...process.env, NO_COLOR: "1" } });
    expect(run.stderr).toBe("");
    expect(run.stdout.split("\n")).toHaveLength(3);
    expect(run.stdout).toMatch(/\nstatus 0\n$/);
  });

  it.each([["--version"], ["--help"]])("%s | true (a reader that never reads) ends quietly", (flag) => {
    // The quick answers print before the CLI loads, so they need the same care as the CLI.
    const run = spawnSync("sh", ["-c", `for i in 1 2 3; do node '${binPath}' ${flag} | true; done`], { cwd: repoRoot, encoding: "utf8" });
    expect(run.stderr).toBe("");
  });
});
