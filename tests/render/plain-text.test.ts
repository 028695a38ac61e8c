// render --format txt: the guidelines as text to paste into Discord, a Facebook group or a forum.
// Refresh the golden files after an intended change with:
//   UPDATE_GOLDEN=1 npx vitest run tests/render/plain-text.test.ts
// Every catalogue, as the library API has them (the CLI loads the ones a run writes).
import { describe, expect, it } from "vitest";
import { renderDocuments } from "../../src/render/documents.js";
import { MESSAGE_LIMIT } from "../../src/render/message-parts.js";
import { guidelineLanguages } from "../../src/render/view/localized.js";
import { expectGolden } from "../helpers/golden.js";
import { documentGolden, documentPlans } from "../helpers/golden-sets.js";
import { TODAY } from "../helpers/plans.js";
import { planFromFile } from "./render-helpers.js";

const HEADING = /^— (\d+)\/(\d+) —$/;

/** The messages of a txt file: the whole text, or each part from its heading to the next. */
function messages(text: string): string[] {
  const lines = text.trimEnd().split("\n");
  if (!HEADING.test(lines[0]!)) return [text.trimEnd()];
  const parts: string[][] = [];
  for (const line of lines) {
    if (HEADING.test(line)) parts.push([]);
    parts.at(-1)!.push(line);
  }
  return parts.map((part) => part.join("\n").trimEnd());
}

/** What would show as markup in Discord, a forum or a web page, rather than as the text. */
const MARKUP: Array<[string, RegExp]> = [
  ["an HTML entity", /&(?:[a-z]+|#\d+|#x[\da-f]+);/i],
  ["an HTML tag", /<\/?[a-z][^>]*>/i],
  ["bold or italic", /\*\*|__|(?:^|\s)[*_]\S[^*_\n]*[*_](?:\s|$)/m],
  ["a heading", /^#{1,6} /m],
  ["a quote", /^> /m],
  ["a table row", /^\|/m],
  ["a rule", /^(?:-{3,}|\*{3,})$/m],
  ["a link", /\[[^\]]*\]\([^)]*\)/],
  ["code", /`/],
  ["an escape", /\\[\\`*_{}[\]()#+\-.!|>]/],
];

describe.each(documentPlans())("plain-text guidelines for %s", (file) => {
  const plan = planFromFile(file);
  const { files } = renderDocuments(plan, { format: "txt", today: TODAY });

  it("writes one file per guidelines language, exactly as the golden files", () => {
    expect(files.map((f) => f.name)).toEqual(guidelineLanguages(plan).map((lang) => `guidelines.${lang}.txt`));
    for (const rendered of files) expectGolden(documentGolden(file, rendered.name), rendered.content, rendered.name);
  });

  it("fits every message in Discord's 2,000 characters, numbered — 1/N — in order when there are several", () => {
    for (const rendered of files) {
      const parts = messages(rendered.content);
      for (const part of parts) expect(part.length, rendered.name).toBeLessThanOrEqual(MESSAGE_LIMIT);
      if (parts.length > 1) expect(parts.map((part) => part.split("\n")[0])).toEqual(parts.map((_, i) => `— ${i + 1}/${parts.length} —`));
      else expect(rendered.content.length).toBeLessThanOrEqual(MESSAGE_LIMIT + 1);
    }
  });

  it("has no HTML entity, tag or Markdown left: the plan's text reads as written", () => {
    for (const rendered of files) {
      for (const [what, pattern] of MARKUP) expect(rendered.content, `${rendered.name}: ${what}`).not.toMatch(pattern);
    }
  });
});

describe("plain-text guidelines", () => {
  it("shows the plan's text as written: Apps > Report, not Apps &gt; Report", () => {
    const plan = planFromFile(documentPlans().find((f) => f.endsWith("global-gaming.yaml"))!);
    const en = renderDocuments(plan, { format: "txt", today: TODAY }).files.find((f) => f.name === "guidelines.en.txt")!;
    expect(en.content).toContain("choose Apps > Report to mods, or DM @ModMail");
  });

  it("refuses the strategy and the calendar: there is no plain-text form of them", () => {
    const plan = planFromFile(documentPlans()[0]!);
    expect(() => renderDocuments(plan, { format: "txt", today: TODAY, only: ["guidelines", "calendar"] })).toThrow(
      expect.objectContaining({ code: "E_FORMAT_DOCUMENTS", exitCode: 2, message: "--format txt writes only the guidelines, not the calendar" }),
    );
  });
});
