import { existsSync, mkdirSync, mkdtempSync, readdirSync, readFileSync, symlinkSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import path from "node:path";
import { parseDocument } from "yaml";
import { COMPLETE_LANGUAGES } from "../../src/strategy/document-languages.js";
import { beforeAll, describe, expect, it } from "vitest";
import { lintText } from "../../src/lint/lint-text.js";
import { sectionComments } from "../../src/init/section-comments.js";
import { planSchema } from "../../src/init/schema-order.js";
import { repoRoot, runCli } from "../helpers/run-cli.js";
import { TODAY } from "../helpers/plans.js";
import { expectGolden } from "../helpers/golden.js";

/**
 * Lint finds nothing in the bakery plan, but for the French document text while labels/fr.ts is
 * still being written (document-language warns for it until then; this tightens by itself).
 */
function expectCleanBut(stdout: string, lang: string): void {
  if (COMPLETE_LANGUAGES.includes(lang)) expect(stdout).toBe("bakery.yaml: lint found no problems\n");
  else expect(stdout).toMatch(new RegExp(`^bakery\\.yaml:\\d+:\\d+  warning  The built-in text in "${lang}" is not complete yet[^\\n]*document-language\\n[\\s\\S]*1 problem \\(0 errors, 1 warning\\)`));
}
import { initGolden } from "../helpers/golden-sets.js";

const env = { TZ: "Europe/Amsterdam" };
const fresh = () => mkdtempSync(path.join(tmpdir(), "cp-init-cli-"));

describe("community-plan init (built binary)", () => {
  let dir: string;
  let text: string;
  let stderr: string;
  beforeAll(() => {
    dir = fresh();
    const run = runCli(["init", "--yes", "--today", TODAY], { cwd: dir, env });
    expect(run.stderr).toContain("writing community-plan.yaml\n");
    stderr = run.stderr;
    expect(run.stdout).toBe("community-plan.yaml: lint found no problems\n");
    expect(run.code).toBe(0);
    text = readFileSync(path.join(dir, "community-plan.yaml"), "utf8");
  });

  it("init --yes writes a plan that lint finds nothing in, and only that file", async () => {
    expect((await lintText(text, "community-plan.yaml", { today: TODAY })).diagnostics).toEqual([]);
    expect(runCli(["lint", "community-plan.yaml", "--today", TODAY], { cwd: dir })).toMatchObject({ code: 0, stdout: "" });
    expect(readdirSync(dir)).toEqual(["community-plan.yaml"]);
  });

  it("comments each section and keeps the schema's key order", () => {
    const doc = parseDocument(text);
    const keys = (doc.contents as { items: Array<{ key: { value: string } }> }).items.map((pair) => pair.key);
    const schemaOrder = Object.keys((planSchema() as { properties: object }).properties);
    expect(keys.map((key) => key.value)).toEqual(schemaOrder.filter((key) => keys.some((k) => k.value === key)));
    for (const key of keys) {
      const comment = sectionComments[key.value]!.split("\n").map((line) => `# ${line}\n`).join("");
      expect(text, key.value).toContain(`\n\n${comment}${key.value}:`);
    }
    expect(text).toContain('localTime: "10:00"\n');
    expect(text).toContain('change: "+15%"\n');
  });

  it("with no installed schema reachable from the plan's folder (npx, a global install), writes no $schema line and says how to get editor help", () => {
    expect(text).not.toContain("yaml-language-server");
    expect(stderr.endsWith(
      "editor help: no installed community-plan schema is reachable from community-plan.yaml's folder, so no $schema line was written.\n" +
        "  To get checks and completion in your editor: community-plan schema > community-plan.schema.json\n" +
        "  and add this first line to the plan: # yaml-language-server: $schema=./community-plan.schema.json\n",
    )).toBe(true);
  });

  it("points the $schema line at the installed schema, relative to the plan's own folder, from a subfolder too", () => {
    const project = fresh();
    // A project's local install, as `npm install community-plan` (or `npm link`) leaves it.
    mkdirSync(path.join(project, "node_modules"));
    symlinkSync(repoRoot, path.join(project, "node_modules/community-plan"));
    mkdirSync(path.join(project, "plans/chapters"), { recursive: true });
    const atTop = runCli(["init", "--yes", "--today", TODAY], { cwd: project, env });
    const nested = runCli(["init", "plans/chapters/forum.community-plan.yaml", "--yes", "--today", TODAY], { cwd: project, env });
    expect([atTop.code, nested.code]).toEqual([0, 0]);
    expect(atTop.stderr + nested.stderr).not.toContain("editor help");
    const firstLine = (file: string) => readFileSync(path.join(project, file), "utf8").split("\n")[0];
    expect(firstLine("community-plan.yaml")).toBe("# yaml-language-server: $schema=./node_modules/community-plan/schemas/community-plan.schema.json");
    expect(firstLine("plans/chapters/forum.community-plan.yaml")).toBe("# yaml-language-server: $schema=../../node_modules/community-plan/schemas/community-plan.schema.json");
  });

  it("matches the golden file (regenerate: TZ=Europe/Amsterdam community-plan init tests/init/golden/init-yes.yaml --yes --force --today 2026-11-24)", () => {
    expectGolden(initGolden, text);
  });

  it("the same answers and --today give the same bytes", () => {
    const other = fresh();
    runCli(["init", "plan.yaml", "--yes", "--today", TODAY], { cwd: other, env });
    expect(readFileSync(path.join(other, "plan.yaml"), "utf8")).toBe(text);
  });

  it("never overwrites without --force, and replaces with it", () => {
    const other = fresh();
    writeFileSync(path.join(other, "community-plan.yaml"), "mine\n");
    const refused = runCli(["init", "--yes", "--today", TODAY], { cwd: other, env });
    expect(refused).toMatchObject({ code: 2, stdout: "" });
    expect(refused.stderr).toBe("community-plan: community-plan.yaml already exists\n  hint: pass --force to replace it, or give another file name\n");
    expect(readFileSync(path.join(other, "community-plan.yaml"), "utf8")).toBe("mine\n");
    expect(runCli(["init", "--yes", "--force", "--today", TODAY], { cwd: other, env }).code).toBe(0);
    expect(readFileSync(path.join(other, "community-plan.yaml"), "utf8")).toBe(text);
  });

  it("without a terminal and without --yes or --answers it stops with a clear error", () => {
    const other = fresh();
    const run = runCli(["init"], { cwd: other, env });
    expect(run).toMatchObject({ code: 2, stdout: "" });
    expect(run.stderr).toBe("community-plan: init asks questions, but stdin is not a terminal\n  hint: pass --yes to take every default, or --answers <file.yaml|json>\n");
    expect(readdirSync(other)).toEqual([]);
  });

  it("--answers (YAML) fills in answers, --yes the rest; the plan passes lint", () => {
    const other = fresh();
    writeFileSync(
      path.join(other, "answers.yaml"),
      [
        "community:",
        "  name: Boulangerie Amis",
        "  timeZone: Europe/Paris",
        "  languages: [fr, nl]",
        "  team: { people: 2, hoursPerWeek: 30 }",
        "goals: { catalogue: [retention] }",
        "personas:",
        "  - name: Thuisbakker",
        "    languages: [nl, fr]",
        "    preferredPlatforms: [facebook, newsletter]",
        "targets:",
        "  - { metric: member-retention-90d, baseline: 35, target: 45, deadline: 2027-06-30 }",
        "",
      ].join("\n"),
    );
    const run = runCli(["init", "bakery.yaml", "--answers", "answers.yaml", "--yes", "--today", TODAY], { cwd: other, env });
    expectCleanBut(run.stdout, "fr");
    expect(run.code).toBe(0);
    const plan = readFileSync(path.join(other, "bakery.yaml"), "utf8");
    expect(plan).toContain("      title:\n        fr: Soyez respectueux\n        nl: Wees respectvol\n");
    expect(plan).toContain("deadline: 2027-06-30\n");
    expect(runCli(["lint", "bakery.yaml", "--today", TODAY], { cwd: other }).code).toBe(0);
  });

  it("--answers (JSON) without --yes and without a terminal must answer everything asked", () => {
    const other = fresh();
    writeFileSync(path.join(other, "answers.json"), JSON.stringify({ community: { name: "Only a name" } }));
    const run = runCli(["init", "--answers", "answers.json"], { cwd: other, env });
    expect(run.code).toBe(2);
    expect(run.stderr).toBe(
      "community-plan: community.kind is missing and there is no terminal to ask (answers.json)\n  hint: add it to the answers file, or pass --yes to take the defaults for what is missing\n",
    );
    expect(readdirSync(other)).toEqual(["answers.json"]);
  });

  it("a bad value in --answers is an error naming the field; no file is written", () => {
    const other = fresh();
    writeFileSync(path.join(other, "answers.json"), JSON.stringify({ targets: [{ baseline: 2, target: "-5%" }] }));
    const run = runCli(["init", "--answers", "answers.json", "--yes", "--today", TODAY], { cwd: other, env });
    expect(run).toMatchObject({ code: 2, stdout: "" });
    expect(run.stderr).toBe("community-plan: targets[0].target: This metric should increase; write the change as +5%. (answers.json)\n");
    expect(readdirSync(other)).toEqual(["answers.json"]);
  });

  it("--help shows real examples", () => {
    const run = runCli(["init", "--help"]);
    expect(run.code).toBe(0);
    expect(run.stdout).toContain("$ community-plan init plans/forum.yaml --yes\n");
  });
});

describe("community-plan init --answers with a key no question asks", () => {
  it("stops before writing, names the key and suggests the closest one", () => {
    const other = fresh();
    writeFileSync(path.join(other, "answers.yaml"), "community:\n  nmae: Typo club\n");
    const run = runCli(["init", "--answers", "answers.yaml", "--yes", "--today", TODAY], { cwd: other, env });
    expect(run).toMatchObject({ code: 2, stdout: "" });
    expect(run.stderr).toBe("community-plan: community.nmae is not a question this run asked (answers.yaml)\n  hint: did you mean community.name?\n");
    expect(existsSync(path.join(other, "community-plan.yaml"))).toBe(false);
  });
});

describe("community-plan init --answers for the team, priorities and journey", () => {
  it.each([
    ["community:\n  team:\n    members:\n      - { name: Anne, volunter: true }\n", "community.team.members[0].volunter is not a question this run asked (answers.yaml)\n  hint: did you mean community.team.members[0].volunteer?\n"],
    ["goals:\n  priorty: [support]\n", "goals.priorty[0] is not a question this run asked (answers.yaml)\n  hint: did you mean goals.priority?\n"],
    ["goals:\n  priority: [suport]\n", 'goals.priority: "suport" is not one of the goals; did you mean support? Give their numbers, 1 to 2, or their ids: engagement, support. (answers.yaml)\n'],
    ["journey:\n  levels: [Reader, Helper]\n", 'journey.levels: Give four names, from first contact to leadership, separated by ";" (you gave 2). (answers.yaml)\n'],
    ["community:\n  team:\n    members:\n      - { name: Anne, hoursPerWeek: 0 }\n", "community.team.members[0].hoursPerWeek: Give Anne's hours a week as a number above 0, such as 4 or 2.5. (answers.yaml)\n"],
  ])("%j: one line naming the key, exit 2, nothing written", (answers, expected) => {
    const other = fresh();
    writeFileSync(path.join(other, "answers.yaml"), answers);
    const run = runCli(["init", "--answers", "answers.yaml", "--yes", "--today", TODAY], { cwd: other, env });
    expect(run).toMatchObject({ code: 2, stdout: "" });
    expect(run.stderr).toBe(`community-plan: ${expected}`);
    expect(readdirSync(other)).toEqual(["answers.yaml"]);
  });
});

describe("the README's answers file", () => {
  it("works as documented and gives a lint-clean plan", () => {
    const readme = readFileSync(path.join(repoRoot, "README.md"), "utf8");
    const block = /### Answers from a file[\s\S]*?```yaml\n([\s\S]*?)```/.exec(readme)?.[1];
    expect(block).toBeDefined();
    const other = fresh();
    writeFileSync(path.join(other, "answers.yaml"), block!);
    const run = runCli(["init", "bakery.yaml", "--answers", "answers.yaml", "--yes", "--today", "2027-01-04"], { cwd: other, env });
    expectCleanBut(run.stdout, "fr");
    expect(run.code).toBe(0);
    const text = readFileSync(path.join(other, "bakery.yaml"), "utf8");
    expect(text).toContain("  - id: mastodon\n    name: Boulangerie Amis on Mastodon\n    platform: mastodon\n    kind: social-group\n");
    expect(text).toContain("      cadence: {every: month, nth: 1, weekday: sat}\n");
    expect(text).toContain("\nengagement:\n  welcome: ");
    // The keys the README lists for the team, priorities, the series' goals and the journey.
    expect(text).toContain(
      "  team:\n    members:\n      - id: anne-dubois\n        name: Anne Dubois\n        role: Community lead\n        hoursPerWeek: 24\n      - id: joris\n        name: Joris\n        role: Volunteer moderator\n        hoursPerWeek: 4\n        volunteer: true\n",
    );
    expect([...text.matchAll(/ {4}priority: (\d)\n/g)].map((match) => match[1])).toEqual(["2", "3", "1"]);
    expect(text).toContain("      owner: anne-dubois\n      goals: [retention, grow-local-chapters]\n");
    expect(text).toContain("    - id: habitue\n      name: Habitué\n      description: \"Publie de temps en temps : pose une question, répond ou réagit.\"\n      moveUp: [membre-a-l-honneur]\n");
  });
});

describe("community-plan init where it cannot write", () => {
  it("refuses a path in a missing directory before asking anything", () => {
    const other = fresh();
    const run = runCli(["init", "plans/new.yaml", "--yes", "--today", TODAY], { cwd: other, env });
    expect(run).toMatchObject({ code: 2, stdout: "" });
    expect(run.stderr).toBe("community-plan: cannot write plans/new.yaml: its directory does not exist\n  hint: create the directory first, or give another path\n");
  });

  it("reports a failed write in one line and leaves no temporary file", () => {
    const other = fresh();
    mkdirSync(path.join(other, "taken.yaml", "inside"), { recursive: true });
    const run = runCli(["init", "taken.yaml", "--yes", "--force", "--today", TODAY], { cwd: other, env });
    expect(run.code).toBe(2);
    expect(run.stderr).toMatch(/\ncommunity-plan: cannot be written \((EISDIR|ENOTEMPTY|EEXIST)\); nothing was changed \(taken\.yaml\)\n$/);
    expect(readdirSync(other)).toEqual(["taken.yaml"]);
  });
});

describe("community-plan init with an unusable answers file", () => {
  it.each([
    ["missing.yaml", undefined, "community-plan: no such file (missing.yaml)\n"],
    ["list.yaml", "- a\n", "community-plan: answers must be a mapping such as `community: { name: ... }` (list.yaml)\n"],
    ["broken.json", '{"community": ', "community-plan: cannot read the answers: Flow map must end with a } at line 1, column 15 (broken.json)\n"],
  ])("%s: one line naming the file, exit 2, nothing written", (name, content, expected) => {
    const other = fresh();
    if (content !== undefined) writeFileSync(path.join(other, name), content);
    const run = runCli(["init", "--answers", name, "--yes", "--today", TODAY], { cwd: other, env });
    expect(run).toMatchObject({ code: 2, stdout: "" });
    expect(run.stderr.startsWith(expected)).toBe(true);
    expect(run.stderr.split("\n").filter(Boolean)).toHaveLength(1);
    expect(existsSync(path.join(other, "community-plan.yaml"))).toBe(false);
  });
});

describe("community-plan init's home time zone", () => {
  it("defaults to TZ as set, keeping a zone name ICU would rewrite (Asia/Kolkata, not Asia/Calcutta)", () => {
    const other = fresh();
    expect(runCli(["init", "--yes", "--today", TODAY], { cwd: other, env: { TZ: "Asia/Kolkata" } }).code).toBe(0);
    const text = readFileSync(path.join(other, "community-plan.yaml"), "utf8");
    expect(text).toContain("  timeZone: Asia/Kolkata\n");
    expect(text).toContain("    timeZones: [Asia/Kolkata]\n");
  });
});

describe("community-plan init --answers with plain names", () => {
  it("takes languages and places by name, exactly and in any case, as the wizard does", () => {
    const other = fresh();
    writeFileSync(
      path.join(other, "answers.yaml"),
      "community:\n  name: Strikkeklubben\n  kind: member-started\n  timeZone: oslo\n  languages: [norsk, Dutch]\npersonas:\n  - name: Strikker\n    timeZone: Norway\n    otherTimeZones: [amsterdam, Netherlands]\n    languages: [Norwegian, nederlands]\nmoderation:\n  moderators:\n    - { timeZone: OSLO, languages: [norsk bokmål, Dutch] }\n",
    );
    const run = runCli(["init", "klubb.yaml", "--answers", "answers.yaml", "--yes", "--today", TODAY], { cwd: other, env });
    expect(run.stderr).not.toMatch(/warning|error/);
    expect(run).toMatchObject({ code: 0, stdout: "klubb.yaml: lint found no problems\n" });
    const text = readFileSync(path.join(other, "klubb.yaml"), "utf8");
    expect(text).toContain("  timeZone: Europe/Oslo\n  languages: [nb, nl]\n");
    expect(text).toContain("    languages: [nb, nl]\n    timeZones: [Europe/Oslo, Europe/Amsterdam]\n");
  });

  it.each([
    ["community:\n  timeZone: Osloo\n", 'community.timeZone: No time zone is known for a city or country called "Osloo"; did you mean Oslo? (answers.yaml)\n'],
    ["community:\n  languages: [norsek]\n", 'community.languages: "norsek" is not a language this tool knows; did you mean Norwegian Bokmål, Norwegian Nynorsk? (answers.yaml)\n'],
  ])("%j: a near miss is refused with a suggestion, never taken", (answers, expected) => {
    const other = fresh();
    writeFileSync(path.join(other, "answers.yaml"), answers);
    const run = runCli(["init", "--answers", "answers.yaml", "--yes", "--today", TODAY], { cwd: other, env });
    expect(run).toMatchObject({ code: 2, stdout: "", stderr: `community-plan: ${expected}` });
  });
});
