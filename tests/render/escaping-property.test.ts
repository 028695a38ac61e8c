// Property: whatever text a plan holds, a tag written in it never reaches the HTML as a tag.
import fc from "fast-check";
import { describe, expect, it } from "vitest";
import { renderDocuments } from "../../src/render/documents.js";
import { minimalPlan, TODAY } from "../helpers/plans.js";
import { fuzzParams } from "../reliability/fuzz-settings.js";
import { planFromText } from "./render-helpers.js";

const FIELDS = ["name: Test community", "title: More conversation", "name: Member", "title: Be kind", "reporting: Flag the post.", "purpose: A plan for tests."];
const noise = fc.string({ unit: fc.constantFrom("<", ">", "&", '"', "'", "/", "=", "{", "}", "`", "|", "[", "]", "(", ")", "\\", " ", "a", "é", "😀", "\n", "javascript:", "<!--", "]]>", "&lt;") , maxLength: 30 });

describe("HTML escaping property", () => {
  it("a <evil-N> tag written in any plan text never appears unescaped in rendered HTML", () => {
    fc.assert(
      fc.property(fc.array(fc.tuple(noise, noise), { minLength: FIELDS.length, maxLength: FIELDS.length }), (parts) => {
        let text = minimalPlan;
        FIELDS.forEach((field, i) => {
          const [before, after] = parts[i]!;
          const [key] = field.split(": ");
          text = text.replace(field, `${key}: ${JSON.stringify(`${before}<evil-${i} onload="x">${after}`)}`);
        });
        const html = renderDocuments(planFromText(text), { format: "html", today: TODAY }).files.map((f) => f.content).join("\n");
        expect(html).not.toMatch(/<\/?evil-/i);
        // Each field does reach the page, escaped (so the test is not passing on absent text).
        expect(html).toContain("&lt;evil-0 onload&#x3D;&quot;x&quot;&gt;");
        const md = renderDocuments(planFromText(text), { format: "md", today: TODAY }).files.map((f) => f.content).join("\n");
        expect(md).not.toMatch(/<\/?evil-/i);
      }),
      fuzzParams(40),
    );
  });
});
