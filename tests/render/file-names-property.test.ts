// Property: whatever a plan puts into a document's file name (an id or language tag with ../, /,
// NUL, emoji), the name stays one plain entry directly inside the out directory.
import fc from "fast-check";
import path from "node:path";
import { describe, expect, it } from "vitest";
import { sanitizeFileName } from "../../src/render/file-names.js";
import { fuzzParams } from "../reliability/fuzz-settings.js";

const hostile = fc.string({ unit: fc.oneof(fc.constantFrom("..", "/", "\\", "\0", ".", "-", "😀", "é", "ﬁ", "：", "/", " ", "CON", ":", "*", "?", "\n"), fc.constantFrom("a", "Z", "9")), maxLength: 200 });

describe("sanitizeFileName property", () => {
  it("never leaves the out directory, never hides, never exceeds 100 characters", () => {
    fc.assert(
      fc.property(hostile, (name) => {
        const clean = sanitizeFileName(name);
        expect(clean).toMatch(/^[A-Za-z0-9][A-Za-z0-9._-]{0,99}$/);
        expect(clean).not.toContain("..");
        const out = path.resolve("/out");
        expect(path.dirname(path.resolve(out, clean))).toBe(out);
      }),
      fuzzParams(1000),
    );
  });
});
