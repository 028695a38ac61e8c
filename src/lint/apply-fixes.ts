import type { Diagnostic } from "./types.js";

/**
 * Applies the diagnostics' fixes as text edits, from the end of the text backwards so earlier
 * offsets stay right. Of two fixes that touch the same text the first is kept; the other is
 * looked at again after the re-lint that follows.
 */
export function applyFixes(text: string, diagnostics: readonly Diagnostic[]): { text: string; applied: number } {
  const edits = diagnostics.flatMap((d) => (d.fix ? [d.fix] : [])).sort((a, b) => a.range[0] - b.range[0] || a.range[1] - b.range[1]);
  const chosen: typeof edits = [];
  let end = -1;
  for (const edit of edits) {
    if (edit.range[0] < end) continue;
    chosen.push(edit);
    end = Math.max(edit.range[1], edit.range[0] + 1);
  }
  let fixed = text;
  for (const edit of chosen.reverse()) fixed = fixed.slice(0, edit.range[0]) + edit.text + fixed.slice(edit.range[1]);
  return { text: fixed, applied: chosen.length };
}
