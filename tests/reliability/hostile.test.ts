// The hostile corpus (tests/fixtures/hostile/), one row per input: each runs through the commands
// that read it and must end in exactly the expected exit code and first line, with no stack trace,
// no stray file and no prototype pollution.
import { chmodSync, existsSync, mkdirSync, mkdtempSync, readdirSync, readFileSync, symlinkSync, writeFileSync } from "node:fs";
import { execFileSync } from "node:child_process";
import { tmpdir } from "node:os";
import path from "node:path";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { lintText } from "../../src/lint/lint-text.js";
import { InputError } from "../../src/core/errors.js";
import { repoRoot, runCli } from "../helpers/run-cli.js";
import { minimalPlan, TODAY } from "../helpers/plans.js";

const HOSTILE = path.join(repoRoot, "tests/fixtures/hostile");
const at = (name: string) => path.join(HOSTILE, name);
let tmp: string;

interface Row {
  name: string;
  args: (out: string) => string[];
  code: number;
  /** A line of stderr that must be there: the one-line message. */
  line?: RegExp;
  /** lint --format json: exactly these [ruleId, messageId, line, column]. */
  diags?: [string, string, number, number][];
  check?: (stdout: string) => void;
  /** Files the run must leave in its out directory, and nothing else. */
  files?: string[];
}

const lint = (file: string, ...rest: string[]) => () => ["lint", at(file), "--today", TODAY, ...rest];
const lintJson = (file: string) => lint(file, "--format", "json");
const calendar = (file: string, ...rest: string[]) => (out: string) => ["calendar", at(file), "--today", TODAY, "--quarter", "2027-Q1", "--output", path.join(out, "cal.ics"), "--format", "ics", ...rest];
const render = (file: string, ...rest: string[]) => (out: string) => ["render", at(file), "--today", TODAY, "--out", out, ...rest];

const rows: Row[] = [
  { name: "alias bomb", args: lint("alias-bomb.yaml"), code: 2, line: /^community-plan: expands its YAML aliases beyond the limit \(a 'billion laughs' file\?\) \(.*alias-bomb\.yaml\)$/ },
  { name: "alias bomb (render)", args: render("alias-bomb.yaml"), code: 2, line: /^community-plan: expands its YAML aliases beyond the limit/, files: [] },
  { name: "alias bomb (calendar)", args: calendar("alias-bomb.yaml"), code: 2, line: /^community-plan: expands its YAML aliases beyond the limit/, files: [] },
  { name: "10,000-deep nesting", args: lint("deep-nesting.yaml"), code: 2, line: /^community-plan: is nested too deeply to be a plan \(.*deep-nesting\.yaml\)$/ },
  { name: "10,000-deep nesting (calendar)", args: calendar("deep-nesting.yaml"), code: 2, line: /^community-plan: is nested too deeply to be a plan/, files: [] },
  { name: "__proto__, constructor and prototype keys", args: lintJson("proto-keys.yaml"), code: 1, diags: [["schema", "unknownKey", 2, 1], ["schema", "unknownKey", 3, 1], ["schema", "unknownKey", 6, 3], ["schema", "unknownKey", 7, 3]] },
  { name: "__proto__ keys (render --force)", args: render("proto-keys.yaml", "--force"), code: 1, line: /^community-plan: .*proto-keys\.yaml is not a valid plan; fix the errors above first$/, files: [] },
  { name: "invalid UTF-8", args: lint("invalid-utf8.yaml"), code: 2, line: /^community-plan: is not valid UTF-8 \(first bad byte at line 4, column 24\) \(/ },
  { name: "invalid UTF-8 (render)", args: render("invalid-utf8.yaml"), code: 2, line: /^community-plan: is not valid UTF-8/, files: [] },
  { name: "UTF-8 BOM", args: lint("bom-utf8.yaml"), code: 0 },
  { name: "UTF-8 BOM (calendar)", args: calendar("bom-utf8.yaml"), code: 0, files: ["cal.ics"] },
  { name: "UTF-16 with BOM", args: lint("utf16le.yaml"), code: 0 },
  { name: "UTF-16 with BOM (render)", args: render("utf16le.yaml"), code: 0, files: [".community-plan-docs.json", "calendar.md", "guidelines.en.md", "strategy.md"] },
  { name: "CRLF line endings", args: lint("crlf.yaml"), code: 0 },
  { name: "CRLF line endings (calendar)", args: calendar("crlf.yaml"), code: 0, files: ["cal.ics"] },
  { name: "tab indentation", args: lintJson("tabs.yaml"), code: 1, diags: [["yaml-syntax", "tabIndent", 3, 1]] },
  { name: "duplicate keys", args: lintJson("duplicate-keys.yaml"), code: 1, diags: [["duplicate-key", "duplicate", 4, 3]] },
  { name: "30 February", args: lintJson("february-30.yaml"), code: 1, diags: [["valid-dates", "notADate", 64, 13]] },
  { name: "30 February (calendar)", args: calendar("february-30.yaml"), code: 1, line: /february-30\.yaml:64:13 +error +2027-02-30 is not a date on the calendar\./, files: [] },
  { name: "24:00", args: lintJson("hour-24.yaml"), code: 1, diags: [["schema", "badFormat", 65, 18]] },
  { name: "a time in the DST gap moves to the hour after (calendar)", args: (out) => [...calendar("dst-gap.yaml")(out).slice(0, 6), "--format", "json"], code: 0, check: (stdout) => {
    const launch = (JSON.parse(stdout) as { entries: { id: string }[] }).entries.find((e) => e.id === "launch");
    expect(launch).toMatchObject({ date: "2027-03-28", plannedTime: "02:30", localTime: "03:30", utc: "2027-03-28T01:30:00Z" });
  } },
  { name: "unknown time zone", args: lintJson("unknown-zone.yaml"), code: 1, diags: [["valid-time-zones", "unknown", 6, 13]] },
  { name: "misspelt time zone", args: lintJson("misspelt-zone.yaml"), code: 1, diags: [["valid-time-zones", "unknown", 6, 13]], check: (stdout) => { expect(stdout).toContain('Did you mean \\"Europe/Amsterdam\\"?'); } },
  { name: "unknown time zone (calendar)", args: calendar("unknown-zone.yaml"), code: 1, line: /unknown-zone\.yaml:6:13 +error +Unknown time zone "Mars\/Olympus_Mons"\./, files: [] },
  { name: "id with ../", args: lintJson("id-dot-dot.yaml"), code: 1, diags: [["schema", "badFormat", 15, 9], ["schema", "badFormat", 34, 11]] },
  { name: "id with ../ (render --force)", args: render("id-dot-dot.yaml", "--force"), code: 1, line: /^community-plan: .*id-dot-dot\.yaml is not a valid plan; fix the errors above first$/, files: [] },
  { name: "id with /", args: lintJson("id-slash.yaml"), code: 1, diags: [["schema", "badFormat", 42, 11]] },
  { name: "id with NUL", args: lintJson("id-nul.yaml"), code: 1, diags: [["schema", "badFormat", 19, 9]] },
  { name: "id with emoji", args: lintJson("id-emoji.yaml"), code: 1, diags: [["schema", "badFormat", 26, 9]] },
  { name: "language tag that is a path (render --force)", args: render("language-path.yaml", "--force"), code: 1, line: /^community-plan: .*language-path\.yaml is not a valid plan; fix the errors above first$/, files: [] },
  { name: "custom tags !!js/function and !!binary", args: lintJson("custom-tags.yaml"), code: 1, diags: [["yaml-syntax", "tag", 4, 12], ["yaml-syntax", "tag", 47, 14]] },
  { name: "template reaching for process", args: render("bom-utf8.yaml", "--templates", at("templates-process"), "--format", "html"), code: 2, line: /^community-plan: template error in .*templates-process\/strategy\.html\.hbs:2:\d+: unknown helper "ctor"$/, files: [] },
  { name: "template lookups of constructor and __proto__ render empty", args: render("bom-utf8.yaml", "--templates", at("templates"), "--format", "html", "--only", "strategy"), code: 0, files: [".community-plan-docs.json", "strategy.html"] },
];

beforeAll(() => {
  tmp = mkdtempSync(path.join(tmpdir(), "community-plan-hostile-"));
});

afterAll(() => {
  // chmod 000 would otherwise leave a file the temp cleaner cannot read.
  if (existsSync(path.join(tmp, "glob", "plan-0500.yaml"))) chmodSync(path.join(tmp, "glob", "plan-0500.yaml"), 0o644);
});

describe("hostile inputs end in one exact, calm outcome", () => {
  rows.forEach((row, i) => {
    it(row.name, () => {
      const out = path.join(tmp, `out-${i}`);
      mkdirSync(out);
      const run = runCli(row.args(out));
      expect(run.code, run.stderr).toBe(row.code);
      expect(run.stderr + run.stdout).not.toMatch(/\n\s+at |\(node:\d+\)|unexpected error/);
      if (row.line) expect(run.stderr.split("\n").some((line) => row.line!.test(line)), run.stderr).toBe(true);
      if (row.diags) {
        const [result] = JSON.parse(run.stdout) as { diagnostics: { ruleId: string; messageId: string; line: number; column: number }[] }[];
        expect(result!.diagnostics.map((d) => [d.ruleId, d.messageId, d.line, d.column])).toEqual(row.diags);
      }
      row.check?.(run.stdout);
      if (row.files) expect(readdirSync(out).sort()).toEqual(row.files);
    });
  });

  it("the template lookups render as nothing and nothing escaped", () => {
    const out = path.join(tmp, "lookups");
    runCli(render("bom-utf8.yaml", "--templates", at("templates"), "--format", "html", "--only", "strategy")(out));
    expect(readFileSync(path.join(out, "strategy.html"), "utf8")).toBe("<p>a[]</p>\n<p>b[]</p>\n<p>c[]</p>\n<p>d[]</p>\n<p>e[]</p>\n<p>f[]</p>\n<p>ok[Test community]</p>\n");
    expect(existsSync("/tmp/pwned")).toBe(false);
  });

  it("no prototype pollution from any corpus file, in process", async () => {
    for (const name of readdirSync(HOSTILE).filter((n) => n.endsWith(".yaml"))) {
      try {
        await lintText(readFileSync(at(name), "utf8"), name, { today: TODAY });
      } catch (error) {
        expect(error).toBeInstanceOf(InputError);
      }
    }
    expect(({} as Record<string, unknown>).polluted).toBeUndefined();
    expect((Object.prototype as Record<string, unknown>).polluted).toBeUndefined();
  });

  it("a 50 MB single string is refused by its size before it is read (bad-input.test.ts raises the limit)", () => {
    const file = path.join(tmp, "huge-string.yaml");
    writeFileSync(file, minimalPlan.replace("purpose: A plan for tests.", `purpose: "${"x".repeat(50 * 1024 * 1024)}"`));
    const run = runCli(["lint", file]);
    expect(run.code).toBe(2);
    expect(run.stderr).toMatch(/^community-plan: is 50\.0 MiB, over the 10\.0 MiB limit for a plan \(.*huge-string\.yaml\)\n {2}hint: raise the limit with --max-bytes <n> if the file really is a plan\n$/);
  }, 60_000);

  it("a 1,000-file glob with one unreadable file lints the other 999 and names the one", () => {
    const dir = path.join(tmp, "glob");
    mkdirSync(dir);
    for (let i = 0; i < 1000; i++) writeFileSync(path.join(dir, `plan-${String(i).padStart(4, "0")}.yaml`), minimalPlan);
    const bad = path.join(dir, "plan-0500.yaml");
    // root reads through chmod 000, so as root the unreadable file is a symlink to a named pipe
    // (the glob follows it): a read of it would wait forever, which is what must not happen.
    const asRoot = process.getuid?.() === 0;
    if (asRoot) {
      execFileSync("mkfifo", [path.join(tmp, "pipe")]);
      execFileSync("rm", [bad]);
      symlinkSync(path.join(tmp, "pipe"), bad);
    } else {
      chmodSync(bad, 0o000);
    }
    const started = Date.now();
    const run = runCli(["lint", "plan-*.yaml", "--today", TODAY, "--format", "json"], { cwd: dir });
    expect(Date.now() - started).toBeLessThan(30_000);
    expect(run.code).toBe(2);
    expect(JSON.parse(run.stdout)).toHaveLength(999);
    expect(run.stderr).toBe(
      asRoot
        ? "community-plan: is not a regular file (a pipe, socket or device), so it cannot be a plan (plan-0500.yaml)\n"
        : "community-plan: permission denied (plan-0500.yaml)\n",
    );
  }, 60_000);
});
