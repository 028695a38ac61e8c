// Escaping per output format. HTML is escaped by Handlebars itself; Markdown templates compile
// with `noEscape`, so plan text is escaped here, once, before it reaches a template.

/**
 * Text our own code built for a specific format (a diagram, an SVG). Handlebars prints it as is:
 * it honours `toHTML()` in HTML and calls `toString()` when escaping is off.
 */
export class Trusted {
  constructor(readonly text: string) {}
  toHTML(): string {
    return this.text;
  }
  toString(): string {
    return this.text;
  }
}

/** Whatever one of escapeMarkdown's replacements would change; text without it comes back as is. */
const markdownSpecial = /[\r\n\\&<>|`[\]]|\{\{|^\s*[#+-]/;

/**
 * Escapes what would break a Markdown table or inject HTML, links or template syntax: `|`, `<`,
 * `>`, backticks, `[`, `]`, `{{` and entity-like `&`. Newlines become spaces so a cell stays one line, and a
 * leading `#` or `>` cannot turn a sentence into a heading or a quote.
 */
export function escapeMarkdown(text: string): string {
  // Most plan text (names, titles, dates) has none of these: skip the ten passes for it.
  if (!markdownSpecial.test(text)) return text;
  return text
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
}

/** Escapes every string in a view model for Markdown, leaving numbers and Trusted text alone. */
export function escapeMarkdownDeep<T>(value: T): T {
  return mapStrings(value, escapeMarkdown) as T;
}

function mapStrings(value: unknown, fn: (text: string) => string): unknown {
  if (typeof value === "string") return fn(value);
  if (Array.isArray(value)) return value.map((item) => mapStrings(item, fn));
  if (value instanceof Trusted || value === null || typeof value !== "object") return value;
  const out: Record<string, unknown> = {};
  for (const [key, item] of Object.entries(value)) out[key] = mapStrings(item, fn);
  return out;
}

/** For text inside SVG/XML we write ourselves. */
export function escapeXml(text: string): string {
  return text
    .replace(/&/g, "&amp;")
    .replace(/</g, "&lt;")
    .replace(/>/g, "&gt;")
    .replace(/"/g, "&quot;")
    .replace(/'/g, "&#39;");
}

/**
 * For Mermaid labels and task names. Every character that means something to Mermaid (quotes,
 * brackets, `:` and `;` in a Gantt chart), to a Markdown fence, to HTML or to a template engine
 * becomes one of Mermaid's numeric entity codes (`#60;`), which it decodes when drawing.
 */
export function escapeMermaid(text: string): string {
  return text.replace(/\s+/g, " ").trim().replace(/[#";:&<>`{}|[\]\\]/g, (c) => `#${c.charCodeAt(0)};`);
}
