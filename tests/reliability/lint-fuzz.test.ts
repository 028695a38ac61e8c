// Whatever text lint is given, it returns diagnostics that point inside the file or throws an
// InputError (a file that cannot be a plan at all); nothing else, and never slowly.
import fc from "fast-check";
import { readFileSync } from "node:fs";
import { describe, expect, it } from "vitest";
import { stringify } from "yaml";
import { InputError } from "../../src/core/errors.js";
import { lintText } from "../../src/lint/lint-text.js";
import { decodeText } from "../../src/plan/read-plan-file.js";
import { exampleFiles, TODAY } from "../helpers/plans.js";
import { fuzzParams } from "./fuzz-settings.js";
import { mutatedPlan } from "./mutations.js";

const TIME_BOUND_MS = 2_000;

/** Lints and checks the invariants; returns the number of diagnostics (or -1 for an InputError). */
async function lintChecked(text: string): Promise<number> {
  const started = performance.now();
  let count = -1;
  try {
    const result = await lintText(text, "fuzz.yaml", { today: TODAY });
    const lines = text.split(/\r\n|\r|\n/);
    for (const d of result.diagnostics) {
      expect(d.line, JSON.stringify(d)).toBeGreaterThanOrEqual(1);
      expect(d.line, JSON.stringify(d)).toBeLessThanOrEqual(lines.length);
      expect(d.column, JSON.stringify(d)).toBeGreaterThanOrEqual(1);
      expect(d.column, JSON.stringify(d)).toBeLessThanOrEqual((lines[d.line - 1]?.length ?? 0) + 1);
      expect(d.message).not.toBe("");
    }
    count = result.diagnostics.length;
  } catch (error) {
    if (!(error instanceof InputError)) throw error;
  }
  expect(performance.now() - started).toBeLessThan(TIME_BOUND_MS);
  expect(({} as Record<string, unknown>).polluted).toBeUndefined();
  return count;
}

const examples = exampleFiles().map((file) => readFileSync(file, "utf8"));

describe("lintText on arbitrary input", () => {
  it("arbitrary JSON-like values dumped as YAML", async () => {
    await fc.assert(
      fc.asyncProperty(fc.jsonValue({ maxDepth: 4 }), async (value) => {
        await lintChecked(stringify(value));
      }),
      fuzzParams(300),
    );
  });

  it("arbitrary objects with plan-like keys", async () => {
    const key = fc.constantFrom("version", "community", "goals", "targets", "id", "name", "timeZone", "__proto__", "constructor", "prototype", "content", "series", "cadence");
    const value = fc.letrec((tie) => ({
      node: fc.oneof({ depthSize: "small" }, fc.jsonValue({ maxDepth: 0 }), fc.dictionary(key, tie("node"), { maxKeys: 4 }), fc.array(tie("node"), { maxLength: 3 })),
    })).node;
    await fc.assert(
      fc.asyncProperty(fc.dictionary(key, value, { maxKeys: 8 }), async (value) => {
        await lintChecked(stringify(value));
      }),
      fuzzParams(300),
    );
  });

  it("arbitrary strings made of YAML punctuation", async () => {
    const piece = fc.constantFrom(":", " ", "\n", "- ", "&a ", "*a", "!!binary ", "!!js/function ", "{", "}", "[", "]", "'", '"', "#", "|", ">", "\t", "? ", "---\n", "...\n", "%YAML 1.2\n", "key", "1", "\r\n", "<<: *a\n", "\u00e9", "😀", "\uFEFF");
    await fc.assert(
      fc.asyncProperty(fc.array(piece, { maxLength: 60 }), async (pieces) => {
        await lintChecked(pieces.join(""));
      }),
      fuzzParams(500),
    );
  });

  it("random mutations of the examples", async () => {
    await fc.assert(
      fc.asyncProperty(fc.constantFrom(...examples), fc.infiniteStream(fc.nat()), fc.integer({ min: 1, max: 4 }), async (text, stream, times) => {
        await lintChecked(mutatedPlan(text, stream, times));
      }),
      fuzzParams(150),
    );
  });

  it("random bytes go through the decoder first, as a file would", async () => {
    await fc.assert(
      fc.asyncProperty(fc.uint8Array({ maxLength: 300 }), async (bytes) => {
        try {
          await lintChecked(decodeText(bytes, "fuzz.yaml"));
        } catch (error) {
          expect(error).toBeInstanceOf(InputError);
        }
      }),
      fuzzParams(300),
    );
  });
});
