// Template mistakes are errors naming the template file and line, never a silent blank.
// Every catalogue, as the library API has them (the CLI loads the ones a run writes).
import { mkdirSync, mkdtempSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import path from "node:path";
import { describe, expect, it } from "vitest";
import { createEnvironment, renderTemplate } from "../../src/render/environment.js";
import { TemplateError } from "../../src/render/template-error.js";

function templatesDir(files: Record<string, string>): string {
  const dir = mkdtempSync(path.join(tmpdir(), "community-plan-templates-"));
  for (const [name, text] of Object.entries(files)) {
    mkdirSync(path.dirname(path.join(dir, name)), { recursive: true });
    writeFileSync(path.join(dir, name), text);
  }
  return dir;
}

function renderError(dir: string, name: string, context: unknown, format: "md" | "html" = "md"): TemplateError {
  try {
    renderTemplate(name, context, { format, templatesDir: dir });
  } catch (error) {
    if (error instanceof TemplateError) return error;
    throw error;
  }
  throw new Error("expected a TemplateError");
}

describe("strict templates", () => {
  it("names the template and line of a missing field", () => {
    const dir = templatesDir({ "note.md.hbs": "# {{title}}\n\nBy {{author.name}}\n" });
    const error = renderError(dir, "note", { title: "Hi", author: { id: 1 } });
    expect(error.message).toBe(`template error in ${path.join(dir, "note.md.hbs")}:3:6: "name" is not defined`);
    expect([error.line, error.column]).toEqual([3, 6]);
  });

  it("fails at compile time on an unknown helper, even in a branch that is not taken", () => {
    const dir = templatesDir({ "note.html.hbs": "<p>ok</p>\n{{#if false}}\n  {{shout title}}\n{{/if}}\n" });
    const error = renderError(dir, "note", { title: "Hi" }, "html");
    expect(error.message).toMatch(/^template error in .*note\.html\.hbs:3:\d+: unknown helper "shout"$/);
    expect(error.line).toBe(3);
  });

  it("rejects a helper given a field that does not exist (strict mode alone would not)", () => {
    const dir = templatesDir({ "note.md.hbs": "line one\nDue {{date dedline}}\n" });
    const error = renderError(dir, "note", { deadline: "2027-03-31" });
    expect(error.message).toMatch(/note\.md\.hbs:2:\d+: helper "date" got a missing value as argument 1$/);
  });

  it("rejects a helper called without its arguments instead of printing a blank", () => {
    const dir = templatesDir({ "note.md.hbs": "{{date}}\n" });
    expect(renderError(dir, "note", { date: "2027-03-31" }).message).toMatch(/note\.md\.hbs:1:\d+: helper "date" needs 1 argument/);
  });

  it("names the partial, not the template that included it", () => {
    const dir = templatesDir({
      "note.md.hbs": "# Note\n{{> signature}}\n",
      "partials/signature.md.hbs": "\n\n-- {{who}}\n",
    });
    const error = renderError(dir, "note", {});
    expect(error.message).toBe(`template error in ${path.join(dir, "partials/signature.md.hbs")}:3:6: "who" is not defined`);
  });

  it("reports a mismatched block at the line that opened it", () => {
    const dir = templatesDir({ "note.md.hbs": "ok\n{{#each items}}\n{{/if}}\n" });
    expect(renderError(dir, "note", { items: [] }).message).toMatch(/note\.md\.hbs:2:4: each doesn't match if$/);
  });

  it("reports a syntax error with its line", () => {
    const dir = templatesDir({ "note.md.hbs": "ok\n\n{{title\n" });
    const error = renderError(dir, "note", { title: "x" });
    expect(error.line).toBe(3);
    expect(error.message).toMatch(/note\.md\.hbs:3: syntax error/);
  });

  it("keeps Markdown's no-escape out of HTML when both use a partial of the same name", () => {
    const dir = templatesDir({
      "note.md.hbs": "{{> show}}",
      "note.html.hbs": "{{> show}}",
      "partials/show.md.hbs": "{{text}}",
      "partials/show.html.hbs": "{{text}}",
    });
    const context = { text: "<b>x</b> | y" };
    // Markdown first, so a shared, lazily compiled partial would keep noEscape for HTML.
    expect(renderTemplate("note", context, { format: "md", templatesDir: dir })).toBe("&lt;b&gt;x&lt;/b&gt; \\| y");
    expect(renderTemplate("note", context, { format: "html", templatesDir: dir })).toBe("&lt;b&gt;x&lt;/b&gt; | y");
  });

  it("every default template renders its own format's labels through @lang", () => {
    const env = createEnvironment("md");
    expect(env.format).toBe("md");
    const dir = templatesDir({ "hello.md.hbs": "{{t \"guidelines.rules\"}} · {{duration \"1d2h\"}} · {{list items}}" });
    expect(renderTemplate("hello", { items: ["a", "b", "c"] }, { format: "md", templatesDir: dir, lang: "sv" })).toBe(
      "Våra regler · 1 dag och 2 timmar · a, b och c",
    );
  });
});
