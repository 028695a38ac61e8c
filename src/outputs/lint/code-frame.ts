import type { Diagnostic } from "../../lint/types.js";

export interface FrameStyle {
  gutter: (text: string) => string;
  marker: (text: string) => string;
}

const plain: FrameStyle = { gutter: (t) => t, marker: (t) => t };

/** Lines longer than this are shown as a window around the column, so a huge value stays one line. */
const MAX_WIDTH = 120;

/** A source's lines as code frames index them; split once per file, not once per frame. */
export function sourceLines(source: string): string[] {
  return source.split(/\r?\n/);
}

/** A compiler-style excerpt: the line before, the offending line, and carets under the node. */
export function codeFrame(lines: readonly string[], diagnostic: Diagnostic, style: FrameStyle = plain): string {
  const index = diagnostic.line - 1;
  const text = lines[index];
  if (text === undefined) return "";
  const start = diagnostic.column - 1;
  const end = diagnostic.endLine === diagnostic.line ? Math.max(diagnostic.endColumn - 1, start + 1) : text.length;
  const windowStart = text.length > MAX_WIDTH ? Math.max(0, start - 40) : 0;
  const clip = (line: string) => {
    const tabbed = expandTabs(line.slice(windowStart, windowStart + MAX_WIDTH));
    return (windowStart > 0 ? "…" : "") + tabbed + (line.length > windowStart + MAX_WIDTH ? "…" : "");
  };
  const width = String(index + 1).length;
  const out: string[] = [];
  for (let i = Math.max(0, index - 1); i <= index; i++) {
    const prefix = i === index ? style.marker(">") : " ";
    out.push(`${prefix} ${style.gutter(`${String(i + 1).padStart(width)} |`)} ${clip(lines[i]!)}`);
  }
  const visibleEnd = Math.min(end, text.length, windowStart + MAX_WIDTH);
  const caretCount = Math.max(1, visibleEnd - start);
  const pad = (windowStart > 0 ? " " : "") + expandTabs(text.slice(windowStart, start)).replace(/\S/g, " ");
  out.push(`  ${style.gutter(`${" ".repeat(width)} |`)} ${pad}${style.marker("^".repeat(caretCount))}`);
  return out.join("\n");
}

/** A tab shows as an arrow (two columns, as before), so a tab used for indentation can be seen. */
function expandTabs(text: string): string {
  return text.replace(/\t/g, "→ ");
}
