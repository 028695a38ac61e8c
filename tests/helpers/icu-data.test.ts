import { describe, expect, it } from "vitest";
import { icuDifference, runtimeIcuData, skipUnlessGeneratedFrom } from "./icu-data.js";

describe("ICU data of a generated table", () => {
  it("are the same as this Node's when recorded here", () => {
    expect(icuDifference(runtimeIcuData())).toBeUndefined();
  });

  it("name each difference", () => {
    expect(icuDifference({ icu: "74.1", cldr: "44.0", tz: "2024a" }, { icu: "78.2", cldr: "44.0", tz: "2025c" })).toBe(
      "icu 74.1 in the table, 78.2 in this Node, tz 2024a in the table, 2025c in this Node",
    );
  });

  it("skip with the command that regenerates the table, only when they differ", () => {
    const notes: Array<string | undefined> = [];
    const context = { skip: (note?: string) => void notes.push(note) };
    skipUnlessGeneratedFrom(runtimeIcuData(), "node scripts/x.mjs")(context);
    expect(notes).toEqual([]);
    skipUnlessGeneratedFrom({ ...runtimeIcuData(), tz: "1999z" }, "node scripts/x.mjs")(context);
    expect(notes).toEqual([`generated from other ICU data (tz 1999z in the table, ${process.versions.tz} in this Node): regenerate with \`node scripts/x.mjs\``]);
  });
});
