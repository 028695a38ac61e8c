// Hostile strings in a plan cannot inject HTML, break a Markdown table or reach a template engine.
import fc from "fast-check";
import { describe, expect, it } from "vitest";
import { renderDocuments } from "../../src/render/documents.js";
import { escapeMarkdown, escapeMermaid } from "../../src/render/escape.js";
import { minimalPlan, TODAY } from "../helpers/plans.js";
import { planFromText } from "./render-helpers.js";

const SCRIPT = "<script>alert(1)</script>";
const hostile = minimalPlan
  .replace("name: Test community", `name: "${SCRIPT}"`)
  .replace("title: More conversation", 'title: "Pipes | and `ticks` and {{constructor}}"')
  .replace("name: Member", 'name: "Mem|ber <img src=x onerror=alert(2)>"')
  .replace("unit: comments", 'unit: "c|m"\n    owner: "`rm -rf` {{lookup}}"\n    dataSource: "a\\nb | c"')
  .replace("title: Be kind", 'title: "Be kind <b>now</b> {{x}}"')
  .replace("reporting: Flag the post.", 'reporting: "Mail <a href=\\"javascript:alert(3)\\">us</a>"');

const plan = planFromText(hostile);
const render = (format: "md" | "html") =>
  renderDocuments(plan, { format, today: TODAY }).files.map((f) => f.content).join("\n");

describe("escaping of plan text", () => {
  it("HTML: the plan's name in the printed page's margin is a CSS string, and cannot end the stylesheet", () => {
    const html = renderDocuments(plan, { format: "html", today: TODAY, only: ["strategy"] }).files[0]!.content;
    expect(html).toContain('@top-left { content: "\\3c script\\3e alert(1)\\3c /script\\3e ";');
    expect(html.split("</style>")).toHaveLength(2);
  });

  it("HTML: no tag or attribute from the plan survives", () => {
    const html = render("html");
    expect(html).not.toContain("<script>");
    expect(html).not.toContain("<img");
    expect(html).not.toContain("<b>now");
    expect(html).not.toContain('href="javascript');
    expect(html).toContain("&lt;script&gt;alert(1)&lt;/script&gt;");
    expect(html).toContain("Mem|ber &lt;img src&#x3D;x onerror&#x3D;alert(2)&gt;");
    expect(html).toContain("{{constructor}}"); // inert text in HTML, shown as written
  });

  it("Markdown: tables keep their columns and no HTML or template syntax gets through", () => {
    const md = render("md");
    expect(md).not.toMatch(/<script|<img|<b>|<a /);
    expect(md).toContain("# &lt;script&gt;alert(1)&lt;/script&gt;: community strategy");
    expect(md).toContain("### Pipes \\| and \\`ticks\\` and \\{\\{constructor}}");
    expect(md).not.toMatch(/(^|[^\\])\{\{/m);
    // Every row of the targets table has exactly the header's seven pipes.
    const table = md.split("\n").filter((line) => line.startsWith("| **Comments per post**"));
    expect(table).toHaveLength(1);
    expect(table[0]!.replace(/\\\|/g, "").split("|")).toHaveLength(8);
    expect(table[0]).toContain("| \\`rm -rf\\` \\{\\{lookup}} | a b \\| c |");
  });

  it("Mermaid labels use entity codes, so a label cannot close its quotes or the fence", () => {
    expect(escapeMermaid('a"b]`c{{d}}|e;f:g#h')).toBe("a#34;b#93;#96;c#123;#123;d#125;#125;#124;e#59;f#58;g#35;h");
    const md = render("md");
    expect(md).toContain('p0["Mem#124;ber #60;img src=x onerror=alert(2)#62;"]');
  });

  it("escapeMarkdown neutralises a leading heading marker and entity lookalikes", () => {
    expect(escapeMarkdown("# not a heading")).toBe("\\# not a heading");
    expect(escapeMarkdown("&lt; is fine, & too")).toBe("&amp;lt; is fine, & too");
    expect(escapeMarkdown("back\\slash")).toBe("back\\\\slash");
    expect(escapeMarkdown("[click](javascript:alert(1))")).toBe("\\[click\\](javascript:alert(1))");
  });
});

describe("escapeMarkdown's shortcut for plain text", () => {
  /** The ten passes without the shortcut, as escapeMarkdown was written before it. */
  const everyPass = (text: string) =>
    text
      .replace(/\r\n?|\n/g, " ")
      .replace(/\\/g, "\\\\")
      .replace(/&(?=#?\w+;)/g, "&amp;")
      .replace(/</g, "&lt;")
      .replace(/>/g, "&gt;")
      .replace(/\|/g, "\\|")
      .replace(/`/g, "\\`")
      .replace(/[[\]]/g, (c) => `\\${c}`)
      .replace(/\{\{/g, "\\{\\{")
      .replace(/^(\s*)([#+-])/, "$1\\$2");

  it("gives the same text as every pass, for any text", () => {
    const unit = fc.constantFrom("\r", "\n", "\\", "&", "#", ";", "<", ">", "|", "`", "[", "]", "{", "}", "+", "-", " ", "\t", "a", "1", "é", "😀", "amp");
    fc.assert(
      fc.property(fc.oneof(fc.string({ unit, maxLength: 12 }), fc.string()), (text) => {
        expect(escapeMarkdown(text)).toBe(everyPass(text));
      }),
      { seed: 20261201, numRuns: 20_000 },
    );
  });
});
