import fc from "fast-check";
import { describe, expect, it } from "vitest";
import { splitIntoMessages } from "../../src/render/message-parts.js";

const HEADING = /^— \d+\/\d+ —$/;

/** The parts of a split text, each with its heading line, as a chat would receive them. */
function parts(text: string): string[] {
  return text.trimEnd().split(/\n\n\n(?=— \d+\/\d+ —\n)/);
}

/** The text's words in order: what no cut may lose, add or reorder. */
const words = (text: string): string[] => text.split(/\s+/).filter((word) => word !== "" && !/^—$|^\d+\/\d+$/.test(word));

describe("splitIntoMessages", () => {
  it("leaves a text that fits one message as it is, with no heading", () => {
    expect(splitIntoMessages("Our rules\n\n1. Be kind\n", 40)).toBe("Our rules\n\n1. Be kind\n");
  });

  it("cuts between paragraphs and heads each part — i/N —, a heading staying with its text", () => {
    const text = "Title\n\nFirst paragraph here.\n\nRules\n\n1. One\n2. Two\n\nReport\n\nMail us.";
    expect(splitIntoMessages(text, 45)).toBe(
      "— 1/3 —\n\nTitle\n\nFirst paragraph here.\n\n\n— 2/3 —\n\nRules\n\n1. One\n2. Two\n\n\n— 3/3 —\n\nReport\n\nMail us.\n",
    );
  });

  it("cuts a paragraph longer than a message between its lines, and a line longer than a message at a space", () => {
    const line = "word ".repeat(30).trim();
    const out = splitIntoMessages(`Intro\n\n${line}\n${line}`, 100);
    for (const part of parts(out)) expect(part.length).toBeLessThanOrEqual(100);
    expect(words(out)).toEqual(words(`Intro\n\n${line}\n${line}`));
    expect(out).not.toMatch(/wor\n|\nord/);
  });

  it("cuts Japanese after a full stop, and never between the halves of an emoji", () => {
    const japanese = "本名や住所を共有しないでください。".repeat(12);
    for (const part of parts(splitIntoMessages(japanese, 60))) {
      expect(part.length).toBeLessThanOrEqual(60);
      expect(part.split("\n").at(-1)).toMatch(/。$/);
    }
    const emoji = "🎉".repeat(80);
    const out = splitIntoMessages(emoji, 50);
    expect(out).not.toMatch(/[\ud800-\udbff](?![\udc00-\udfff])|(?<![\ud800-\udbff])[\udc00-\udfff]/);
    expect(out.replace(/— \d+\/\d+ —|\s/g, "")).toBe(emoji);
  });

  it("keeps every part within the limit and every word in order, whatever the text", () => {
    const word = fc.string({ unit: fc.constantFrom("a", "b", "ü", "日", "。", "🎉"), minLength: 1, maxLength: 30 });
    const line = fc.array(word, { minLength: 1, maxLength: 40 }).map((ws) => ws.join(" "));
    const paragraph = fc.array(line, { minLength: 1, maxLength: 5 }).map((ls) => ls.join("\n"));
    const text = fc.array(paragraph, { minLength: 1, maxLength: 12 }).map((ps) => ps.join("\n\n"));
    fc.assert(
      fc.property(text, fc.integer({ min: 60, max: 400 }), (input, limit) => {
        const out = splitIntoMessages(input, limit);
        for (const part of parts(out)) expect(part.length).toBeLessThanOrEqual(limit);
        const headings = out.split("\n").filter((l) => HEADING.test(l));
        if (headings.length > 0) expect(headings).toEqual(headings.map((_, i) => `— ${i + 1}/${headings.length} —`));
        // Cuts inside a word only where a word is longer than a part: joined back, nothing is lost.
        expect(out.replace(/— \d+\/\d+ —|\s/g, "")).toBe(input.replace(/\s/g, ""));
      }),
    );
  });
});
