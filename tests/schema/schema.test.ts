import { readFileSync } from "node:fs";
import path from "node:path";
import { describe, expect, it } from "vitest";
import { Ajv2020 } from "ajv/dist/2020.js";
// @ts-expect-error: a plain .mjs build script without types
import { EDITOR_KEYWORDS, generateTypes, readSchema, typesPath } from "../../scripts/generate.mjs";
import { FORMATS } from "../../src/plan/schema-findings.js";
import { schemaPatterns } from "../../src/plan/schema-patterns.js";
import { repoRoot } from "../helpers/run-cli.js";

type Schema = Record<string, unknown>;
const schema = JSON.parse(readFileSync(path.join(repoRoot, "schemas/community-plan.schema.json"), "utf8")) as Schema;

/** Every property schema in the document, with its path. */
function* properties(node: unknown, at: string): Generator<[string, Schema]> {
  if (typeof node !== "object" || node === null) return;
  const s = node as Schema;
  for (const [name, child] of Object.entries((s.properties as Record<string, Schema> | undefined) ?? {})) {
    yield [`${at}.${name}`, child];
    yield* properties(child, `${at}.${name}`);
  }
  for (const key of ["items", "additionalProperties"]) yield* properties(s[key], `${at}[]`);
}

describe("the JSON Schema", () => {
  it("is the source of the TypeScript types, and they are up to date (run `npm run generate`)", async () => {
    expect(await generateTypes(readSchema())).toBe(readFileSync(typesPath, "utf8"));
  });

  it("gives editors a description and an example for every property", () => {
    const defs = schema.$defs as Record<string, Schema>;
    const missing: string[] = [];
    const resolve = (s: Schema): Schema => (typeof s.$ref === "string" ? { ...defs[s.$ref.split("/").pop()!], ...s } : s);
    for (const [where, child] of [...properties(schema, "plan"), ...Object.entries(defs).flatMap(([n, d]) => [...properties(d, n)])]) {
      const full = resolve(child);
      if (!full.description || !full.examples) missing.push(where);
    }
    expect(missing).toEqual([]);
  });

  it("has the format patterns the messages explain", () => {
    const defs = schema.$defs as Record<string, Schema & { properties?: Record<string, Schema> }>;
    expect(defs.isoDate!.pattern).toBe(schemaPatterns.isoDate);
    expect(defs.localTime!.pattern).toBe(schemaPatterns.localTime);
    expect(defs.duration!.pattern).toBe(schemaPatterns.duration);
    expect(defs.timeZone!.pattern).toBe(schemaPatterns.timeZone);
    expect(defs.language!.pattern).toBe(schemaPatterns.language);
    expect(defs.id!.pattern).toBe(schemaPatterns.id);
    expect(defs.target!.properties!.change!.pattern).toBe(schemaPatterns.change);
    expect(defs.persona!.properties!.ageRange!.pattern).toBe(schemaPatterns.ageRange);
    expect((defs.contest!.properties!.jurisdictions!.items as Schema).pattern).toBe(schemaPatterns.countryCode);
    expect((defs.content!.properties!.holidays!.items as Schema).pattern).toBe(schemaPatterns.holidayRegion);
  });

  it("tells editors what a pattern means in the words the CLI uses (patternErrorMessage)", () => {
    const found: Array<[string, string]> = [];
    const walk = (node: unknown): void => {
      if (typeof node !== "object" || node === null) return;
      const s = node as Schema;
      if (typeof s.pattern === "string") found.push([s.pattern, String(s.patternErrorMessage)]);
      for (const [key, value] of Object.entries(s)) if (key !== "examples" && key !== "defaultSnippets") walk(value);
    };
    walk(schema);
    expect(found.length).toBeGreaterThanOrEqual(Object.keys(FORMATS).length);
    for (const [pattern, message] of found) {
      const words = FORMATS[pattern];
      if (words) expect(message, pattern).toBe(`Must be ${words.format} like ${words.example}.`);
      else expect(message, pattern).toMatch(/^Must be .+ like .+\.$/);
    }
  });

  it("compiles under ajv's strict mode, every strict option on, with the editor keywords declared as known", () => {
    const ajv = new Ajv2020({ strict: true, strictRequired: true, strictTypes: true, strictTuples: true, allErrors: true, logger: false });
    for (const keyword of EDITOR_KEYWORDS as string[]) ajv.addKeyword(keyword);
    expect(() => ajv.compile(schema)).not.toThrow();
  });

  it("has a type beside every enum and const, as editors expect (node /tmp/h/schema-editor-pass.mjs adds them)", () => {
    const untyped: string[] = [];
    const walk = (node: unknown, at: string): void => {
      if (typeof node !== "object" || node === null) return;
      const s = node as Schema;
      if (("enum" in s || "const" in s) && !("type" in s)) untyped.push(at);
      for (const [key, value] of Object.entries(s)) if (!["examples", "defaultSnippets", "enum", "const", "default"].includes(key)) walk(value, `${at}/${key}`);
    };
    walk(schema, "#");
    expect(untyped).toEqual([]);
  });
});
