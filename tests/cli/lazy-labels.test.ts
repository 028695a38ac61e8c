// Each language's document text is ~20 KB of code: the CLI loads only the catalogues of the
// languages a run writes (src/render/labels/index.ts, loadLabels), each a chunk of its own in the
// bundle, so rendering an English plan compiles no German, Japanese or Swedish.
import { mkdtempSync, readFileSync, rmSync } from "node:fs";
import os from "node:os";
import path from "node:path";
import { afterAll, describe, expect, it } from "vitest";
import { runCliNotingLoads } from "../helpers/run-cli.js";

// Each catalogue is found by its `everyDay` word, read from the files the run loaded (names may be
// renamed by the bundler, and its quotes and escapes may change; the words are not).
const everyDayWord = /everyDay:\s*(["'`])((?:(?!\1)[^\\]|\\.)*)\1/g;

/** The text between a string literal's quotes, its escapes undone (the bundler writes ASCII, with
 *  \u escapes for the rest). */
function unescaped(body: string): string {
  return body.replace(/\\(?:u\{([\da-fA-F]+)\}|u([\da-fA-F]{4})|x([\da-fA-F]{2})|(.))/g, (_, braced?: string, u4?: string, x2?: string, other?: string) =>
    other ?? String.fromCodePoint(parseInt((braced ?? u4 ?? x2)!, 16)),
  );
}

const everyDay: Readonly<Record<string, string>> = { de: "täglich", en: "every day", es: "todos los días", fr: "tous les jours", ja: "毎日", nb: "hver dag", nl: "elke dag", sv: "varje dag" };

const out = mkdtempSync(path.join(os.tmpdir(), "lazy-labels-"));
afterAll(() => { rmSync(out, { recursive: true, force: true }); });

/** Runs the built CLI; the languages whose catalogue it loaded, English aside (it is always there). */
function loadedLanguages(args: string[]): { code: number | null; languages: string[] } {
  const run = runCliNotingLoads([...args, "--today", "2027-01-04"]);
  const words = run.loaded.flatMap((file) => [...readFileSync(file, "utf8").matchAll(everyDayWord)].map((m) => unescaped(m[2]!)));
  const languages = Object.keys(everyDay).filter((lang) => lang !== "en" && words.includes(everyDay[lang]!));
  expect(words.filter((word) => !Object.values(everyDay).includes(word))).toEqual([]);
  return { code: run.code, languages };
}

describe("the document catalogues in the CLI bundle", () => {
  it("are not loaded to render an English plan, nor to lint", () => {
    expect(loadedLanguages(["render", "examples/dev-community.yaml", "--out", path.join(out, "en"), "--dry-run"])).toEqual({ code: 0, languages: [] });
    expect(loadedLanguages(["lint", "examples/global-gaming.yaml"])).toEqual({ code: 0, languages: [] });
  });

  it("are loaded for the languages a run writes, and only those", () => {
    // global-gaming writes its guidelines in English, German and Japanese.
    expect(loadedLanguages(["render", "examples/global-gaming.yaml", "--out", path.join(out, "gg"), "--dry-run"])).toEqual({ code: 0, languages: ["de", "ja"] });
    expect(loadedLanguages(["render", "examples/dev-community.yaml", "--out", path.join(out, "fr"), "--lang", "fr-CA", "--dry-run"])).toEqual({ code: 0, languages: ["fr"] });
    // The Markdown calendar is in the document language, here the community's first: Dutch.
    expect(loadedLanguages(["calendar", "tests/fixtures/render/multilingual.yaml", "--format", "md", "--force"])).toEqual({ code: 0, languages: ["nl"] });
  });
});
