// The linear duplicate-key check must find a duplicate exactly when yaml's own (quadratic)
// `uniqueKeys` check reports one, for mappings of every shape: parsePlan relies on it to skip
// yaml's check for the plans that have none.
import fc from "fast-check";
import { describe, expect, it } from "vitest";
import { parseDocument } from "yaml";
import { hasDuplicateKeys } from "../../src/plan/duplicate-keys.js";
import { parsePlan } from "../../src/plan/parse-plan.js";
import { fuzzParams } from "../reliability/fuzz-settings.js";

const base = { version: "1.2", schema: "core", resolveKnownTags: false, prettyErrors: false, logLevel: "error" } as const;

const yamlFindsDuplicates = (text: string) => parseDocument(text, { ...base, uniqueKeys: true }).errors.some((e) => e.code === "DUPLICATE_KEY");
const weFindDuplicates = (text: string) => hasDuplicateKeys(parseDocument(text, { ...base, uniqueKeys: false }));

const key = fc.constantFrom("a", "b", '"a"', "'a'", "1", "1.0", "0x1", "~", "null", "", ".nan", ".NaN", "-0", "0", "true", "a b", "*x", "[a]", "{a: 1}");
const props = fc.constantFrom("", "&x ", "!!str ", "!t ", "&y !!str ");
const gap = fc.constantFrom("", " ", "  ", " # note");
const before = fc.constantFrom("", "# c\n", "\n", "  # indented\n", "# c\r\n", "\t\n");

/** A block mapping at `indent`, one level of nesting, with explicit keys now and then. */
const blockMap = (indent: string) =>
  fc.array(
    fc.record({ before, props, key, explicit: fc.boolean(), gap, value: fc.constantFrom("1", "x", "", "{a: 1, a: 2}", "[a: 1]") }),
    { minLength: 1, maxLength: 6 },
  ).map((items) =>
    items
      .map(({ before, props, key, explicit, gap, value }) =>
        explicit ? `${before}${indent}? ${props}${key}${gap}\n${indent}: ${value}\n` : `${before}${indent}${props}${key}:${value ? " " : ""}${value}${gap}\n`,
      )
      .join(""),
  );

const flowMap = fc
  .array(fc.record({ props, key, value: fc.constantFrom("1", "", "x") }), { minLength: 1, maxLength: 6 })
  .map((items) => `{ ${items.map(({ props, key, value }) => `${props}${key}: ${value}`).join(", ")} }\n`);

const document = fc.oneof(
  blockMap(""),
  fc.tuple(blockMap(""), blockMap("  ")).map(([outer, inner]) => `${outer}nested:\n${inner}${outer}`),
  flowMap.map((map) => `top: ${map}`),
  fc.tuple(flowMap, blockMap("")).map(([map, rest]) => `- ${map}- x\n${rest.replace(/^/gm, "  ").replace(/^ {2}/, "- ")}`),
);

describe("hasDuplicateKeys", () => {
  it("finds a repeated key, and values that only look alike are not repeats", () => {
    expect(weFindDuplicates("review:\n  cadence: monthly\n  cadence: weekly\n")).toBe(true);
    expect(weFindDuplicates("a: 1\nnested:\n  a:\na: 1\n")).toBe(true);
    expect(weFindDuplicates("1: a\n1.0: b\n")).toBe(true);
    expect(weFindDuplicates('1: a\n"1": b\n')).toBe(false);
    expect(weFindDuplicates(".nan: a\n.nan: b\n")).toBe(false);
    expect(weFindDuplicates("- {a: 1}\n- {a: 2}\n")).toBe(false);
  });

  it("agrees with yaml's uniqueKeys on generated mappings", () => {
    fc.assert(
      fc.property(document, (text) => {
        expect(weFindDuplicates(text)).toBe(yamlFindsDuplicates(text));
      }),
      fuzzParams(3000),
    );
  });

  it("leaves parsePlan's duplicate-key findings as yaml's check makes them", async () => {
    const text = "a: 1\nnested:\n  a:\na: 1\n";
    const positions = (await parsePlan(text, { file: "p.yaml" })).findings.filter((f) => f.ruleId === "duplicate-key").map((f) => f.range);
    const expected = parseDocument(text, { ...base, uniqueKeys: true }).errors.filter((e) => e.code === "DUPLICATE_KEY").map((e) => e.pos[0]);
    expect(positions.map((range) => range![0])).toEqual(expected);
  });
});
