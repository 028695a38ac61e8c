import type { CST } from "yaml";

/** A YAML comment as written, `#` included, at its offset in the source. */
export interface SourceComment {
  offset: number;
  source: string;
}

/**
 * Adds every comment in a CST token, however deeply nested, to `out`, in source order. Comments
 * are found as tokens, so a `#` inside a block scalar or a quoted string is not one.
 */
export function collectComments(token: CST.Token, out: SourceComment[]): void {
  // An explicit stack rather than recursion: the parser builds arbitrarily deep trees without
  // overflowing, and a hostile file must reach the composer's "too deep" error, not a crash here.
  const pending: unknown[] = [token];
  while (pending.length > 0) {
    const node = pending.pop();
    if (!node || typeof node !== "object") continue;
    if (Array.isArray(node)) {
      for (let i = node.length - 1; i >= 0; i--) pending.push(node[i]);
      continue;
    }
    const part = node as { type?: string; offset?: number; source?: unknown };
    if (part.type === "comment" && typeof part.source === "string") out.push({ offset: part.offset!, source: part.source });
    // The CST has no one name for children (start, key, sep, value, items, end…), so every
    // property is followed, last first so the stack yields them in order; `source` is text.
    const keys = Object.keys(node);
    for (let i = keys.length - 1; i >= 0; i--) if (keys[i] !== "source") pending.push((node as Record<string, unknown>)[keys[i]!]);
  }
}
