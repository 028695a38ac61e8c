import { spawnSync } from "node:child_process";
import { mkdirSync, mkdtempSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import path from "node:path";
import { describe, expect, it } from "vitest";
import { buildProgram } from "../../src/cli.js";
import { rules } from "../../src/rules/index.js";
import { formatterNames } from "../../src/outputs/lint/index.js";
import { CALENDAR_KINDS } from "../../src/calendar/kinds.js";
import { runCli } from "../helpers/run-cli.js";

const silentIo = { stdout: { write: () => true }, stderr: { write: () => true }, env: {}, cwd: process.cwd() };
const commandNames = buildProgram(silentIo, () => {}).commands.map((command) => command.name());
const ruleIds = rules.map((rule) => rule.id);
const dir = mkdtempSync(path.join(tmpdir(), "community-plan-completion-"));

/** Sources the bash script and asks it to complete `words` (the last one is being typed). */
function complete(script: string, words: string[]): string[] {
  const file = path.join(dir, "completion.bash");
  writeFileSync(file, script);
  const line = words.map((word) => `'${word}'`).join(" ");
  const program = `source '${file}'; COMP_WORDS=(${line}); COMP_CWORD=${words.length - 1}; _community_plan; printf '%s\\n' "\${COMPREPLY[@]}"`;
  const run = spawnSync("bash", ["-c", program], { encoding: "utf8", cwd: dir });
  expect(run.stderr).toBe("");
  return run.stdout.split("\n").filter(Boolean);
}

describe("community-plan completion", () => {
  const bash = runCli(["completion", "bash"]);

  it("prints a bash script that bash accepts and that names every command and rule id", () => {
    expect(bash.code).toBe(0);
    expect(bash.stderr).toBe("");
    const file = path.join(dir, "syntax.bash");
    writeFileSync(file, bash.stdout);
    expect(spawnSync("bash", ["-n", file], { encoding: "utf8" }).status).toBe(0);
    for (const name of commandNames) expect(bash.stdout).toMatch(new RegExp(`\\b${name}\\b`));
    for (const id of ruleIds) expect(bash.stdout).toContain(id);
    expect(bash.stdout).toMatch(/\ncomplete -F _community_plan community-plan\n$/);
  });

  it("completes commands, options, format names, rule ids and subcommands in a real bash", () => {
    expect(complete(bash.stdout, ["community-plan", "re"])).toEqual(["render"]);
    expect(complete(bash.stdout, ["community-plan", "lint", "--fo"])).toEqual(["--format"]);
    expect(complete(bash.stdout, ["community-plan", "lint", "plan.yaml", "--format", ""]).sort()).toEqual([...formatterNames].sort());
    expect(complete(bash.stdout, ["community-plan", "lint", "--rule", "smart-t"])).toEqual(["smart-targets="]);
    // Bash splits `--rule smart-targets=w` at "=": the severity is completed either way.
    expect(complete(bash.stdout, ["community-plan", "lint", "--rule", "smart-targets", "="])).toEqual(["off", "warn", "error"]);
    expect(complete(bash.stdout, ["community-plan", "lint", "--rule", "smart-targets", "=", "w"])).toEqual(["warn"]);
    expect(complete(bash.stdout, ["community-plan", "lint", "--rule", "smart-targets=e"])).toEqual(["smart-targets=error"]);
    expect(complete(bash.stdout, ["community-plan", "render", "x.yaml", "--only", ""])).toEqual(["strategy", "guidelines", "calendar"]);
    expect(complete(bash.stdout, ["community-plan", "calendar", "x.yaml", "--quarter", ""])).toEqual(["next", "current"]);
    expect(complete(bash.stdout, ["community-plan", "rules", ""]).sort()).toEqual([...ruleIds].sort());
    expect(complete(bash.stdout, ["community-plan", "templates", ""])).toEqual(["eject"]);
    expect(complete(bash.stdout, ["community-plan", "templates", "eject", "--f"])).toEqual(["--force"]);
    expect(complete(bash.stdout, ["community-plan", "calendar", "x.yaml", "--format", ""])).toEqual(["md", "csv", "ics", "json"]);
    expect(complete(bash.stdout, ["community-plan", "calendar", "x.yaml", "--include", ""])).toEqual([...CALENDAR_KINDS]);
    expect(complete(bash.stdout, ["community-plan", "calendar", "x.yaml", "--exclude", "re"])).toEqual(["reviews"]);
  });

  it("bash completes directories with a trailing slash and names with spaces, escaped", () => {
    mkdirSync(path.join(dir, "chapters"), { recursive: true });
    writeFileSync(path.join(dir, "my plan.yaml"), "");
    expect(complete(bash.stdout, ["community-plan", "lint", "cha"])).toEqual(["chapters/"]);
    expect(complete(bash.stdout, ["community-plan", "lint", "my"])).toEqual(["my\\ plan.yaml"]);
    expect(complete(bash.stdout, ["community-plan", "lint", "my\\ pl"])).toEqual(["my\\ plan.yaml"]);
    const registered = spawnSync("bash", ["-c", `source '${path.join(dir, "completion.bash")}'; complete -p community-plan`], { encoding: "utf8" });
    expect(registered.stdout).toBe("complete -F _community_plan community-plan\n");
  });

  it("prints a zsh script with a compdef header, every command described and every rule id", () => {
    const zsh = runCli(["completion", "zsh"]);
    expect(zsh.code).toBe(0);
    expect(zsh.stdout.startsWith("#compdef community-plan\n")).toBe(true);
    for (const name of commandNames) expect(zsh.stdout).toContain(`'${name}:`);
    for (const id of ruleIds) expect(zsh.stdout).toContain(`${id}=warn`);
    // Balanced single quotes on every line: a stray quote would break the whole script.
    for (const line of zsh.stdout.split("\n")) expect((line.replace(/'\\''/g, "").match(/'/g) ?? []).length % 2).toBe(0);
    if (spawnSync("zsh", ["--version"]).status === 0) {
      const file = path.join(dir, "_community-plan");
      writeFileSync(file, zsh.stdout);
      expect(spawnSync("zsh", ["-n", file]).status).toBe(0);
    }
  });

  it("zsh completes rule ids after rules and shells after completion: positions count from after the command", () => {
    const zsh = runCli(["completion", "zsh"]).stdout;
    expect(zsh).toContain(`"rules") shift 1 words; (( CURRENT -= 1 )); _arguments -s `);
    expect(zsh).toMatch(/"rules"\) [^\n]*'1:value:\(async-persona-real-time-channel /);
    expect(zsh).toMatch(/"completion"\) shift 1 words; \(\( CURRENT -= 1 \)\); [^\n]*'1:value:\(bash zsh fish\)'/);
    expect(zsh).toContain(`"templates eject") shift 2 words; (( CURRENT -= 2 ));`);
    expect(zsh).toMatch(/'--only\[[^\]]*\]:value:\(strategy guidelines calendar\)'/);
  });

  it("prints a fish script with one complete line per command, option and value", () => {
    const fish = runCli(["completion", "fish"]);
    expect(fish.code).toBe(0);
    const lines = fish.stdout.split("\n").filter((line) => line && !line.startsWith("#"));
    expect(lines.every((line) => line.startsWith("complete -c community-plan -n '"))).toBe(true);
    for (const name of commandNames) expect(lines).toContainEqual(expect.stringContaining(`-f -a ${name} -d '`));
    expect(lines).toContainEqual(expect.stringContaining(`'__fish_seen_subcommand_from lint' -s f -l format -x -a '${formatterNames.join(" ")}'`));
    expect(lines).toContainEqual(expect.stringContaining(`'__fish_seen_subcommand_from rules' -f -a '${ruleIds.join(" ")}'`));
  });

  it("refuses an unknown shell with the choices", () => {
    const run = runCli(["completion", "powershell"]);
    expect(run.code).toBe(2);
    expect(run.stderr).toContain("Allowed choices are bash, zsh, fish.");
  });
});
