import { mkdtempSync, writeFileSync, mkdirSync, readFileSync } from "node:fs";
import { tmpdir } from "node:os";
import path from "node:path";
import { beforeAll, describe, expect, it } from "vitest";
import { runCli } from "../helpers/run-cli.js";
import { minimalPlan } from "../helpers/plans.js";

let dir: string;

const billionLaughs = `a: &a ["lol","lol","lol","lol","lol","lol","lol","lol","lol"]
b: &b [*a,*a,*a,*a,*a,*a,*a,*a,*a]
c: &c [*b,*b,*b,*b,*b,*b,*b,*b,*b]
d: &d [*c,*c,*c,*c,*c,*c,*c,*c,*c]
e: &e [*d,*d,*d,*d,*d,*d,*d,*d,*d]
f: &f [*e,*e,*e,*e,*e,*e,*e,*e,*e]
g: &g [*f,*f,*f,*f,*f,*f,*f,*f,*f]
`;

beforeAll(() => {
  dir = mkdtempSync(path.join(tmpdir(), "community-plan-bad-"));
  mkdirSync(path.join(dir, "a-directory"));
  writeFileSync(path.join(dir, "empty.yaml"), "");
  writeFileSync(path.join(dir, "comments-only.yaml"), "# nothing here yet\n");
  writeFileSync(path.join(dir, "prose.yaml"), "This is a shopping list, not a plan.\n");
  writeFileSync(path.join(dir, "list.yaml"), "- one\n- two\n");
  writeFileSync(path.join(dir, "binary.yaml"), Buffer.from([0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a, 0x00, 0x00, 0x00]));
  writeFileSync(path.join(dir, "latin1.yaml"), Buffer.concat([Buffer.from("version: 1\nname: caf"), Buffer.from([0xe9]), Buffer.from("\n")]));
  writeFileSync(path.join(dir, "bomb.yaml"), billionLaughs);
  writeFileSync(path.join(dir, "deep.yaml"), "a: " + "[".repeat(10_000) + "]".repeat(10_000) + "\n");
  writeFileSync(path.join(dir, "deep-block.yaml"), Array.from({ length: 3000 }, (_, i) => " ".repeat(i) + "k:").join("\n") + "\n");
  writeFileSync(path.join(dir, "huge.yaml"), "purpose: " + "x".repeat(11 * 1024 * 1024) + "\n");
  writeFileSync(path.join(dir, "proto.yaml"), minimalPlan.replace("version: 1\n", "version: 1\n__proto__: { polluted: yes }\nconstructor: { prototype: { polluted: yes } }\n"));
  writeFileSync(path.join(dir, "bom.yaml"), "\uFEFF" + minimalPlan);
  writeFileSync(path.join(dir, "utf16.yaml"), Buffer.concat([Buffer.from([0xff, 0xfe]), Buffer.from(minimalPlan, "utf16le")]));
});

const oneLine = (text: string) => text.trim().split("\n");

describe("input that is not a plan gets one clear line, exit 2, no stack trace", () => {
  const cases: [string, string, RegExp][] = [
    ["a missing file", "missing.yaml", /^community-plan: no such file \(.*missing\.yaml\)$/],
    ["a directory", "a-directory", /^community-plan: is a directory, not a plan file \(.*a-directory\)$/],
    ["an empty file", "empty.yaml", /^community-plan: is empty \(.*empty\.yaml\)$/],
    ["a file with only comments", "comments-only.yaml", /^community-plan: is empty \(/],
    ["prose that is not YAML data", "prose.yaml", /^community-plan: is not a community plan: expected keys such as version, community and goals \(/],
    ["a YAML list", "list.yaml", /^community-plan: is not a community plan/],
    ["a binary file", "binary.yaml", /^community-plan: is a binary file, not a YAML plan \(/],
    ["invalid UTF-8", "latin1.yaml", /^community-plan: is not valid UTF-8 \(first bad byte at line 2, column 10\) \(/],
    ["a billion-laughs alias bomb", "bomb.yaml", /^community-plan: expands its YAML aliases beyond the limit/],
    ["10,000-deep flow nesting", "deep.yaml", /^community-plan: /],
    ["3,000-deep block nesting", "deep-block.yaml", /^community-plan: /],
    ["a file far larger than any plan", "huge.yaml", /^community-plan: is 11\.0 MiB, over the 10\.0 MiB limit for a plan \(/],
  ];
  for (const [name, file, pattern] of cases) {
    it(name, () => {
      const run = runCli(["lint", path.join(dir, file)]);
      const lines = oneLine(run.stderr);
      expect(run.code).toBe(2);
      expect(lines[0]).toMatch(pattern);
      expect(run.stderr).not.toMatch(/\n\s+at /);
      expect(lines.length).toBeLessThanOrEqual(2);
      if (lines[1]) expect(lines[1]).toMatch(/^ {2}hint: /);
    });
  }

  it("deep nesting that parses is reported as a YAML problem or refused, never a crash", () => {
    for (const file of ["deep.yaml", "deep-block.yaml"]) {
      const run = runCli(["lint", path.join(dir, file)]);
      expect([1, 2]).toContain(run.code);
      expect(run.stderr + run.stdout).not.toMatch(/RangeError|Maximum call stack|\n\s+at /);
    }
  });

  it("the size limit can be raised", () => {
    const run = runCli(["lint", "--max-bytes", String(20 * 1024 * 1024), path.join(dir, "huge.yaml")]);
    expect(run.code).toBe(1);
    expect(run.stdout).toContain("Unknown key \"purpose\"");
  });

  it("one unreadable file does not stop the others from being linted", () => {
    const run = runCli(["lint", path.join(dir, "missing.yaml"), path.join(dir, "proto.yaml")]);
    expect(run.code).toBe(2);
    expect(run.stdout).toContain('Unknown key "__proto__"');
    expect(run.stderr).toMatch(/no such file/);
  });
});

describe("odd but valid encodings", () => {
  it("__proto__ and constructor keys are unknown keys at their exact place", () => {
    const run = runCli(["lint", "--format", "json", path.join(dir, "proto.yaml")]);
    expect(run.code).toBe(1);
    const [result] = JSON.parse(run.stdout);
    expect(result.diagnostics.map((d: { line: number; column: number; messageId: string }) => [d.messageId, d.line, d.column])).toEqual([
      ["unknownKey", 2, 1],
      ["unknownKey", 3, 1],
    ]);
  });

  it("a UTF-8 BOM is accepted", () => {
    expect(runCli(["lint", path.join(dir, "bom.yaml"), "--today", "2026-11-24"]).code).toBe(0);
  });

  it("a UTF-16 file with a BOM is accepted", () => {
    expect(readFileSync(path.join(dir, "utf16.yaml"))[0]).toBe(0xff);
    expect(runCli(["lint", path.join(dir, "utf16.yaml"), "--today", "2026-11-24"]).code).toBe(0);
  });
});
