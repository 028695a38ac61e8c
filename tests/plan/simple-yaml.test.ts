// The simple reader may decline any text, but what it accepts it must read exactly as yaml does:
// the same data (types, key order, -0 and NaN included), the same comments and line starts, and
// only for text that yaml reads without an error or a warning. parsePlan trusts it on that.
import { readdirSync, readFileSync } from "node:fs";
import path from "node:path";
import fc from "fast-check";
import { describe, expect, it } from "vitest";
import { LineCounter, Parser, parseDocument } from "yaml";
import { generatedPlan } from "../../scripts/bench/plan-generator.mjs";
import { collectComments, type SourceComment } from "../../src/plan/cst-comments.js";
import { linePositions } from "../../src/plan/line-positions.js";
import { parsePlan } from "../../src/plan/parse-plan.js";
import { readSimpleYaml } from "../../src/plan/simple-yaml/read-simple-yaml.js";
import { fuzzParams } from "../reliability/fuzz-settings.js";

const root = path.resolve(import.meta.dirname, "../..");

/** How yaml reads `text`, with parse-plan's options. */
function yamlReading(text: string) {
  const doc = parseDocument(text, { version: "1.2", schema: "core", resolveKnownTags: false, prettyErrors: false, logLevel: "error", uniqueKeys: true });
  const lineCounter = new LineCounter();
  const comments: SourceComment[] = [];
  for (const token of new Parser(lineCounter.addNewLine).parse(text)) collectComments(token, comments);
  const problems = [...doc.errors, ...doc.warnings].map((e) => e.code);
  return { problems, data: problems.length === 0 ? doc.toJS() : undefined, comments, lineStarts: lineCounter.lineStarts, lineCounter };
}

/** Passes when the reader declines `text` or reads it as yaml does; says which it was. */
function expectAgreement(text: string): boolean {
  const simple = readSimpleYaml(text);
  if (!simple) return false;
  const yaml = yamlReading(text);
  expect(yaml.problems, text).toEqual([]);
  expect(simple.data, text).toStrictEqual(yaml.data);
  // toStrictEqual ignores key order, which decides the order of every list the tool prints.
  expect(JSON.stringify(simple.data), text).toBe(JSON.stringify(yaml.data));
  expect(simple.comments, text).toEqual(yaml.comments);
  expect(simple.lineStarts, text).toEqual(yaml.lineStarts);
  // Diagnostics of a plan the reader took get their line and column from linePositions.
  const positions = linePositions(simple.lineStarts);
  for (let offset = 0; offset <= text.length; offset++) {
    const ours = positions.linePos(offset);
    const theirs = yaml.lineCounter.linePos(offset);
    if (ours.line !== theirs.line || ours.col !== theirs.col) expect({ offset, ...ours }, text).toEqual({ offset, ...theirs });
  }
  return true;
}

function yamlFilesUnder(dir: string): string[] {
  return readdirSync(path.join(root, dir), { recursive: true, encoding: "utf8" })
    .filter((file) => /\.ya?ml$/.test(file))
    .map((file) => path.join(dir, file));
}

const repositoryPlans = [...yamlFilesUnder("examples"), ...yamlFilesUnder("tests")].sort();

describe("readSimpleYaml", () => {
  it.each(repositoryPlans)("reads %s as yaml does, or leaves it to yaml", (file) => {
    expectAgreement(readFileSync(path.join(root, file), "utf8"));
  });

  // The speed of lint, render and calendar rests on these being read without yaml.
  it.each([...yamlFilesUnder("examples"), "tests/init/golden/init-yes.yaml"])("reads %s itself", (file) => {
    expect(expectAgreement(readFileSync(path.join(root, file), "utf8"))).toBe(true);
  });

  it("reads the benchmark's generated plans itself", () => {
    for (const n of [1, 10, 100]) expect(expectAgreement(generatedPlan(n))).toBe(true);
  });

  it("resolves plain scalars by yaml's core schema", () => {
    const values = ["~", "null", "NULL", "", "true", "True", "TRUE", "tRUE", "False", "FALSE", "fALSE", "yes", "on", "0", "-0", "+7", "007", "0o17", "0x1F", "0X1F", "1e3", "1.", ".5", "-.5e-2", ".inf", "-.Inf", ".nan", "2027-01-01", "10:00", "1_000", "12345678901234567890", "-x", "C#", "a [b] {c}"];
    const text = values.map((value, i) => `k${i}: ${value}\n`).join("") + `list: [${values.filter((v) => v && !/[:#[\]{}]|^-$/.test(v)).join(", ")}]\n`;
    expect(expectAgreement(text)).toBe(true);
  });

  it("reads every spelling of the core schema's booleans as yaml does, and no other", () => {
    const read = readSimpleYaml("a: true\nb: True\nc: TRUE\nd: false\ne: False\nf: FALSE\ng: tRUE\nh: FaLSE\n");
    expect(read?.data).toStrictEqual({ a: true, b: true, c: true, d: false, e: false, f: false, g: "tRUE", h: "FaLSE" });
  });

  it("reads quoted scalars, escapes included", () => {
    const text = [
      `a: "tab\\there, quote \\" and backslash \\\\"`,
      `b: "\\x41\\u00e9\\U0001F600 \\/ \\0 \\e \\N \\_ \\L \\P \\ "`,
      `c: 'it''s # not a comment'`,
      `d: ''`,
      `e: ["a, b", 'c]', "d}"]`,
      `f: { "x": 1 }`,
    ].join("\n") + "\n";
    // `"x":` as a flow key is valid YAML that the reader leaves to yaml.
    expect(expectAgreement(text.replace(/f: .*\n/, ""))).toBe(true);
    expect(readSimpleYaml(text)).toBeUndefined();
  });

  it("reads literal and folded block scalars, clipped and stripped", () => {
    const text = [
      "a: |",
      "  one",
      "    two, indented",
      "",
      "  three # not a comment",
      "",
      "b: >-",
      "  folded",
      "  lines",
      "",
      "  new paragraph",
      "  # still content",
      "# a comment, less indented",
      "c:",
      "  - |-",
      "    in a sequence",
      "  - key: >",
      "      in a mapping in a sequence",
      "",
    ].join("\n");
    expect(expectAgreement(text)).toBe(true);
  });

  it("reads a key of 1024 characters, yaml's limit", () => {
    expect(expectAgreement(`${"x".repeat(1024)}: 1\n`)).toBe(true);
    expect(readSimpleYaml(`${"x".repeat(1025)}: 1\n`)).toBeUndefined();
  });

  it("reads a key after an empty value as long as yaml allows there", () => {
    expect(expectAgreement(`a:\n${"k".repeat(1023)}: 1\n`)).toBe(true);
    expect(expectAgreement(`z:\n  a:\n  ${"k".repeat(1021)}: 1\n`)).toBe(true);
    // After a value, and as a mapping's first key, yaml measures from the key itself.
    expect(expectAgreement(`a: 1\n${"k".repeat(1024)}: 1\n`)).toBe(true);
    expect(expectAgreement(`a:\n  ${"k".repeat(1024)}: 1\n`)).toBe(true);
  });

  it("takes a key at yaml's length limit only where yaml does, after every kind of value, gap and depth", () => {
    // yaml measures a key from the end of the node before it, so what precedes decides.
    const values = ["", " 1", " 1   ", " # c", " 'x'", ' "x"', " [1]", " {}", " |\n  x", " |-\n  x\n\n", " >\n  x\n  y"];
    const gaps = ["", "\n", "\n\n", "# c\n", "  # c\n", "  \n"];
    const before = [(v: string) => `a:${v}\n`, (v: string) => `z:\n  y:\n    a:${v}\n`, (v: string) => `z:\n-${v}\n`, (v: string) => `z:\n  - a:${v}\n`];
    let read = 0;
    for (const value of values) for (const gap of gaps) for (const prefix of before) for (const indent of ["", "  ", "    "]) {
      for (let length = 1019; length <= 1025; length++) {
        const text = `${prefix(value)}${gap}${indent}${"k".repeat(length)}: 1\n`;
        const simple = readSimpleYaml(text);
        if (!simple) continue;
        read++;
        const yaml = yamlReading(text);
        expect(yaml.problems, text).toEqual([]);
        expect(JSON.stringify(simple.data), text).toBe(JSON.stringify(yaml.data));
      }
    }
    expect(read).toBeGreaterThan(1000);
  });

  it("reads sequences aligned with their key, compact mappings, and empty values", () => {
    const text = "a:\n- 1\n- x: 1\n  y:\n  - z\n-\n- - nested\nb:\nc: {}\nd: []\ne: [[1, [2]], {k: {j: v}}]\n";
    // `- - nested` is valid YAML left to yaml; without it the rest is the reader's.
    expect(readSimpleYaml(text)).toBeUndefined();
    expect(expectAgreement(text.replace("- - nested\n", ""))).toBe(true);
  });

  it.each([
    ["an anchor and alias", "a: &x 1\nb: *x\n"],
    ["a tag", "a: !!str 1\n"],
    ["a multi-line plain scalar", "a: one\n  two\n"],
    ["a multi-line quoted scalar", 'a: "one\n  two"\n'],
    ["a multi-line flow collection", "a: [1,\n  2]\n"],
    ["a trailing comma", "a: [1, 2, ]\n"],
    ["a duplicate key", "a: 1\na: 2\n"],
    ["a duplicate flow key", "a: {b: 1, b: 2}\n"],
    ["a space before the colon", "a : 1\n"],
    ["a quoted key", '"a": 1\n'],
    ["an explicit key", "? a\n: 1\n"],
    ["a number as key", "1: a\n"],
    ["a __proto__ key", "__proto__: {a: 1}\n"],
    ["a tab", "a:\t1\n"],
    ["CRLF line ends", "a: 1\r\nb: 2\r\n"],
    ["a byte order mark", "\ufeffa: 1\n"],
    ["a document marker", "---\na: 1\n"],
    ["a second document", "a: 1\n---\nb: 2\n"],
    ["a directive", "%YAML 1.2\n---\na: 1\n"],
    ["keep chomping", "a: |+\n  x\n\nb: 1\n"],
    ["an indentation indicator", "a: |2\n   x\n"],
    ["a block scalar that starts with a blank line", "a: |\n\n  x\n"],
    ["more-indented lines in a folded scalar", "a: >\n  x\n    y\n"],
    ["a block scalar at the end without a newline", "a: |\n  x"],
    ["a top-level sequence", "- a\n"],
    ["a top-level scalar", "just text\n"],
    ["an empty document", "# only a comment\n"],
    ["a mapping in a mapping value on one line", "a: b: c\n"],
    ["a colon in a flow scalar", "a: [x:y]\n"],
    ["a comment inside a one-line flow collection", "a: [1, # two\n  2]\n"],
    ["an unknown escape", 'a: "\\q"\n'],
    ["a key over yaml's 1024 characters", `z:\n  - ${"x".repeat(1025)}: 1\n`],
    // yaml measures a key from the end of the value before it: for an empty value that is the
    // line break, so a 1024-character key on the next line is one too long.
    ["a 1024-character key after an empty value", `a:\n${"k".repeat(1024)}: 1\n`],
    ["a 1024-character key after an empty value, one level deeper", `z:\n  a:\n  ${"k".repeat(1024)}: 1\n`],
    ["a 1024-character key after an empty sequence item", `z:\n-\n${"k".repeat(1024)}: 1\n`],
    ["nesting deeper than a plan", "a:\n" + Array.from({ length: 70 }, (_, i) => `${"  ".repeat(i + 1)}k:\n`).join("")],
  ])("leaves %s to yaml", (_, text) => {
    expect(readSimpleYaml(text)).toBeUndefined();
  });

  it("agrees with yaml on generated documents", () => {
    let read = 0;
    fc.assert(
      fc.property(generatedDocument, (text) => {
        if (expectAgreement(text)) read++;
      }),
      fuzzParams(3000),
    );
    // The property means something only if the reader takes a fair share of the documents.
    expect(read).toBeGreaterThan(600);
  });

  it("agrees with yaml on generated documents with keys at yaml's length limit", () => {
    let read = 0;
    fc.assert(
      fc.property(longKeyDocument, (text) => {
        if (expectAgreement(text)) read++;
      }),
      fuzzParams(1000),
    );
    expect(read).toBeGreaterThan(150);
  });

  it("agrees with yaml on generated documents with a character changed", () => {
    let read = 0;
    fc.assert(
      fc.property(generatedDocument, fc.nat(), fc.constantFrom(...MUTATIONS), fc.boolean(), (text, at, insert, replace) => {
        const i = at % (text.length + 1);
        if (expectAgreement(text.slice(0, i) + insert + text.slice(replace ? i + 1 : i))) read++;
      }),
      fuzzParams(3000),
    );
    expect(read).toBeGreaterThan(300);
  });
});

describe("parsePlan with the simple reader", () => {
  it("locates findings in a plan it read as yaml's nodes would", async () => {
    const text = readFileSync(path.join(root, "examples/dev-community.yaml"), "utf8");
    const viaSimple = await parsePlan(text, { file: "p.yaml" });
    // A BOM makes the reader decline; yaml skips it, and every offset moves by one.
    const viaYaml = await parsePlan("\ufeff" + text, { file: "p.yaml" });
    expect(viaSimple.data).toStrictEqual(viaYaml.data);
    for (const pointer of [["community", "name"], ["goals", 0, "id"], ["targets", 1], ["channels", 2, "audience", 0], ["no", "such", "path"]]) {
      for (const at of ["key", "value"] as const) {
        const [start, end] = (await viaYaml.locate())(pointer, at);
        expect((await viaSimple.locate())(pointer, at)).toEqual([start - 1, end - 1]);
      }
    }
  });
});

// Documents built from the pieces YAML gives meaning to, so that scalars, keys and layout land
// on the reader's edge cases: indicators, comment marks, quotes, escapes, core-schema look-alikes.
const PIECES = ["a", "b c", "x:y", "a: b", "a #b", "a#b", "#", "-", "- ", "-1", "+1", "0", "-0", "007", "0x1F", "0o17", "1e3", "1.", ".5", ".inf", "-.Inf", ".nan", "~", "null", "NULL", "true", "False", "yes", "'", "''", '"', "\\", "\\n", "\\x41", "\\u00e9", "é", "😀", "[", "]", "{", "}", ",", "?", "!", "&a", "*a", "|", ">", "%", "@", "`", " ", "  ", "2027-01-01", "10:00", "\u00a0", "\u3000", "a\u00a0#b", "\\t", "\\ "];
const MUTATIONS = [" ", "  ", "\n", ":", ": ", "#", " #", "-", "- ", "'", '"', "[", "]", "{", "}", ",", "|", ">", "\t", "~", "1", "a"];
const PLAIN_KEYS = ["id", "name", "a", "b", "a.b", "a-b", "x_y", "k/v", "c", "d", "e", "f"];
const ODD_KEYS = ["1", "true", "null", "__proto__", "a b", '"q"', "~"];
// Keys at yaml's length limit, where the key is measured from decides (KEY_OVER_1024_CHARS).
const LONG_KEYS = Array.from({ length: 7 }, (_, i) => "k".repeat(1019 + i));
const key = fc.oneof({ weight: 40, arbitrary: fc.constantFrom(...PLAIN_KEYS) }, { weight: 1, arbitrary: fc.constantFrom(...ODD_KEYS) });

type Tree = string | { map: [string, Tree][] } | { seq: Tree[] };

const WORDS = ["a", "b c", "Sam", "x:y", "a#b", "-1", "0", "-0", "007", "0x1F", "1e3", ".5", ".nan", "~", "null", "true", "False", "yes", "é", "😀", "2027-01-01", "it's", "C#"];
const scalarText = fc.oneof(
  { weight: 3, arbitrary: fc.array(fc.constantFrom(...WORDS), { minLength: 1, maxLength: 3 }).map((parts) => parts.join(" ")) },
  { weight: 1, arbitrary: fc.array(fc.constantFrom(...PIECES), { minLength: 0, maxLength: 3 }).map((parts) => parts.join("")) },
);
function trees(keys: fc.Arbitrary<string>, scalars: fc.Arbitrary<string>): fc.Arbitrary<Tree> {
  return fc.letrec<{ tree: Tree; map: Tree; seq: Tree }>((tie) => ({
    tree: fc.oneof({ depthSize: "small", withCrossShrink: true }, scalars, tie("map"), tie("seq")),
    map: fc.array(fc.tuple(keys, tie("tree")), { minLength: 1, maxLength: 4 }).map((map) => ({ map })),
    seq: fc.array(tie("tree"), { minLength: 1, maxLength: 4 }).map((seq) => ({ seq })),
  })).tree;
}

interface Style {
  step: number;
  quote: "plain" | "single" | "double" | "block";
  flow: boolean;
  align: boolean;
  comment: string;
  blank: boolean;
  chomp: "" | "-" | "+";
  folded: boolean;
}
const style = fc.record<Style>({
  step: fc.integer({ min: 1, max: 4 }),
  quote: fc.constantFrom("plain", "plain", "single", "double", "block"),
  flow: fc.boolean(),
  align: fc.boolean(),
  comment: fc.constantFrom("", "", " # note", "  #", " #: x"),
  blank: fc.boolean(),
  chomp: fc.constantFrom("", "", "-", "-", "+"),
  folded: fc.boolean(),
});

function scalar(text: string, s: Style, indent: number): string {
  if (s.quote === "single") return `'${text.replaceAll("'", "''")}'`;
  if (s.quote === "double") return `"${text.replaceAll('"', '\\"')}"`;
  if (s.quote === "block") {
    const lines = text.split(/(?<=,)/).map((line) => " ".repeat(indent + s.step) + line);
    return `${s.folded ? ">" : "|"}${s.chomp}\n${lines.join(s.blank ? "\n\n" : "\n")}`;
  }
  return text;
}

function flow(tree: Tree, s: Style): string {
  if (typeof tree === "string") return s.quote === "block" ? JSON.stringify(tree) : scalar(tree, s, 0);
  if ("seq" in tree) return `[${tree.seq.map((item) => flow(item, s)).join(", ")}]`;
  return `{ ${tree.map.map(([key, value]) => `${key}: ${flow(value, s)}`).join(", ")} }`;
}

/** `tree` in block style at `indent`; `styles` says, node by node, how to write each part. */
function block(tree: Tree, indent: number, styles: Style[], n = 0): string {
  const s = styles[n % styles.length]!;
  const pad = " ".repeat(indent);
  const next = (child: Tree, at: number) => block(child, at, styles, n + 1);
  const inline = (child: Tree, at: number): string => {
    if (typeof child === "string") return ` ${scalar(child, styles[(n + 1) % styles.length]!, at)}${s.quote === "block" ? "" : s.comment}\n`;
    if (s.flow) return ` ${flow(child, s)}${s.comment}\n`;
    const childIndent = "seq" in child && s.align ? at : at + s.step;
    return `${s.comment}\n${s.blank ? "\n" : ""}${next(child, childIndent)}`;
  };
  if (typeof tree === "string") return `${pad}${scalar(tree, s, indent)}\n`;
  if ("seq" in tree) return tree.seq.map((item) => `${pad}-${inline(item, indent)}`).join("");
  return tree.map.map(([key, value]) => `${pad}${key}:${inline(value, indent)}`).join("");
}

function documents(keys: fc.Arbitrary<string>, scalars: fc.Arbitrary<string>): fc.Arbitrary<string> {
  return fc
    .tuple(fc.array(fc.tuple(keys, trees(keys, scalars)), { minLength: 1, maxLength: 5 }), fc.array(style, { minLength: 1, maxLength: 6 }))
    .map(([map, styles]) => block({ map }, 0, styles));
}

const generatedDocument = documents(key, scalarText);
/** Keys at the length limit after empty values, where yaml measures a key from the line break before it. */
const longKeyDocument = documents(
  fc.oneof(fc.constantFrom(...PLAIN_KEYS), fc.constantFrom(...LONG_KEYS)),
  fc.constantFrom("", "", "x"),
);
