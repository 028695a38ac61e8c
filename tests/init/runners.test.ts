import { mkdtempSync, readdirSync, readFileSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import path from "node:path";
import { describe, expect, it } from "vitest";
import { initCommand } from "../../src/commands/init.js";
import { InputError, InterruptedError } from "../../src/core/errors.js";
import type { Io } from "../../src/io/streams.js";
import { textQuestion } from "../../src/prompts/builders.js";
import type { Ask } from "../../src/prompts/question.js";
import { answersRunner, defaultsRunner, keyPath, missingRunner } from "../../src/prompts/runners.js";
import { wholeNumber } from "../../src/prompts/validators.js";
import { TargetExistsError, writeFileAtomic } from "../../src/io/atomic-write.js";

const people = textQuestion({ key: "community.team.people", message: "How many?", default: 1, parse: (raw) => wholeNumber(raw, "the number of people", 1) });

function memoryIo(cwd: string): Io & { out: string[]; err: string[] } {
  const out: string[] = [];
  const err: string[] = [];
  return { out, err, cwd, env: { NO_COLOR: "1" }, stdout: { write: (text: string) => out.push(text) }, stderr: { write: (text: string) => err.push(text) } };
}

describe("answer runners", () => {
  it("reads keys with list indexes", () => {
    expect(keyPath("moderation.moderators[1].hours")).toEqual(["moderation", "moderators", 1, "hours"]);
  });

  it("a bad value from --answers is an error naming the field and the file", async () => {
    const ask = answersRunner({ community: { team: { people: "a few" } } }, "answers.yaml", defaultsRunner());
    const error = await ask(people).catch((caught: unknown) => caught);
    expect(error).toBeInstanceOf(InputError);
    expect((error as InputError).message).toBe("community.team.people: Give the number of people as a whole number.");
    expect((error as InputError).file).toBe("answers.yaml");
    expect((error as InputError).exitCode).toBe(2);
  });

  it("takes the file's value, null as the default, and falls back for what is missing", async () => {
    expect(await answersRunner({ community: { team: { people: 4 } } }, "a.json", missingRunner("a.json"))(people)).toBe(4);
    expect(await answersRunner({ community: { team: { people: null } } }, "a.json", missingRunner("a.json"))(people)).toBe(1);
    const missing = await answersRunner({}, "a.json", missingRunner("a.json"))(people).catch((caught: unknown) => (caught as Error).message);
    expect(missing).toBe("community.team.people is missing and there is no terminal to ask");
  });

  it("answers a left-out key from the keys its question derives it from, and counts only those read as answers as used", async () => {
    const { askTeam } = await import("../../src/prompts/flow/team.js");
    const { unusedAnswers } = await import("../../src/prompts/runners.js");
    const asked = new Set<string>();
    // Written before members existed: the totals make two members with an even share each.
    const old = { community: { team: { people: 2, hoursPerWeek: 30 } } };
    const members = await askTeam(answersRunner(old, "a.yaml", defaultsRunner(), asked), "owned");
    expect(members.map((m) => [m.id, m.hoursPerWeek])).toEqual([["community-manager", 15], ["team-member-2", 15]]);
    expect(unusedAnswers(old, asked)).toEqual([]);
    // A list of members says how many people there are; a typo inside it is still reported.
    const listed = { community: { team: { members: [{ name: "Anne", hoursPerWeek: 12 }, { name: "Jules", volunter: true }] } } };
    const asked2 = new Set<string>();
    const team = await askTeam(answersRunner(listed, "a.yaml", defaultsRunner(), asked2), "owned");
    expect(team.map((m) => [m.id, m.hoursPerWeek])).toEqual([["anne", 12], ["jules", 4]]);
    expect(unusedAnswers(listed, asked2)).toEqual(["community.team.members[1].volunter"]);
  });

  it("--yes refuses a question that has no default instead of inventing an answer", async () => {
    const question = textQuestion({ key: "guidelines.translations.pt.reporting", message: "?", default: undefined, parse: (raw) => ({ ok: true, value: String(raw) }) });
    await expect(defaultsRunner()(question)).rejects.toThrow("guidelines.translations.pt.reporting has no default; give it in an --answers file");
  });
});

describe("writing the file", () => {
  it("never replaces an existing file without overwrite, and leaves no temporary file", async () => {
    const dir = mkdtempSync(path.join(tmpdir(), "cp-atomic-"));
    const file = path.join(dir, "plan.yaml");
    writeFileSync(file, "mine\n");
    await expect(writeFileAtomic(file, "new\n", { overwrite: false })).rejects.toBeInstanceOf(TargetExistsError);
    expect(readFileSync(file, "utf8")).toBe("mine\n");
    await writeFileAtomic(file, "new\n", { overwrite: true });
    expect(readFileSync(file, "utf8")).toBe("new\n");
    expect(readdirSync(dir)).toEqual(["plan.yaml"]);
  });

  it("leaves nothing behind when the write fails", async () => {
    const dir = mkdtempSync(path.join(tmpdir(), "cp-atomic-"));
    await expect(writeFileAtomic(path.join(dir, "missing-dir", "plan.yaml"), "x", { overwrite: false })).rejects.toMatchObject({ code: "E_WRITE", message: "cannot be written (ENOENT); nothing was changed" });
    // A directory where the file should go: the rename fails after the temporary file exists.
    const blocked = path.join(dir, "blocked.yaml");
    await import("node:fs/promises").then((fs) => fs.mkdir(path.join(blocked, "inside"), { recursive: true }));
    await expect(writeFileAtomic(blocked, "x", { overwrite: true })).rejects.toThrow();
    expect(readdirSync(dir).sort()).toEqual(["blocked.yaml"]);
  });
});

describe("init command", () => {
  it("Ctrl-C at a question writes nothing and ends with the interrupted exit code", async () => {
    const dir = mkdtempSync(path.join(tmpdir(), "cp-init-"));
    let asked = 0;
    const interrupting: Ask = async (question) => {
      if (++asked === 5) throw new InterruptedError("E_INTERRUPTED", "stopped; no file was written");
      return defaultsRunner()(question);
    };
    const io = memoryIo(dir);
    const run = initCommand({ file: "plan.yaml", yes: false, force: false, interactive: true, today: "2026-11-24", terminal: async () => interrupting }, io);
    await expect(run).rejects.toMatchObject({ exitCode: 130, message: "stopped; no file was written" });
    expect(readdirSync(dir)).toEqual([]);
    expect(io.out).toEqual([]);
  });

  it("a terminal session that answers every default writes a lint-clean plan", async () => {
    const dir = mkdtempSync(path.join(tmpdir(), "cp-init-"));
    const io = memoryIo(dir);
    const code = await initCommand({ file: "plan.yaml", yes: false, force: false, interactive: true, today: "2026-11-24", systemTimeZone: "Europe/Oslo", terminal: async () => defaultsRunner() }, io);
    expect(code).toBe(0);
    expect(io.out.join("")).toBe("plan.yaml: lint found no problems\n");
    expect(readFileSync(path.join(dir, "plan.yaml"), "utf8")).toContain("timeZone: Europe/Oslo\n");
  });
});

describe("answers no question asked", () => {
  it("are listed, including typos inside list items that also answered 'add another?'", async () => {
    const { unusedAnswers } = await import("../../src/prompts/runners.js");
    const asked = new Set(["community.name", "community.languages", "personas[0].name", "personas[1]", "personas[1].name"]);
    const answers = { community: { name: "A", languages: ["en", "nl"] }, personas: [{ name: "B" }, { name: "C", nmae: "typo" }], targets: [{ metric: "x" }] };
    expect(unusedAnswers(answers, asked)).toEqual(["personas[1].nmae", "targets[0].metric"]);
  });
});
