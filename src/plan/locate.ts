import { isAlias, isMap, isPair, isScalar, isSeq, type Document, type LineCounter, type Node } from "yaml";
import type { PlanPath } from "../lint/types.js";

export interface SourceRange {
  line: number;
  column: number;
  endLine: number;
  endColumn: number;
}

type Offsets = readonly [number, number];

/**
 * Finds the source range of the node at `path`: its key (`at: "key"`) or its value. When the
 * path runs past what the document holds, the deepest node that exists is used, so a finding
 * always lands somewhere sensible in the file.
 */
export function locateOffsets(doc: Document, path: PlanPath, at: "key" | "value" = "value"): Offsets {
  let node: unknown = doc.contents;
  let keyRange: Offsets | undefined;
  let best: Offsets = rangeOf(node) ?? [0, 0];
  for (const segment of path) {
    if (isAlias(node)) node = node.resolve(doc);
    if (isMap(node)) {
      const pair = node.items.find((item) => isPair(item) && keyText(item.key) === String(segment));
      if (!pair) break;
      keyRange = rangeOf(pair.key);
      node = pair.value;
      best = rangeOf(node) ?? keyRange ?? best;
    } else if (isSeq(node) && typeof segment === "number") {
      node = node.items[segment];
      keyRange = undefined;
      best = rangeOf(node) ?? best;
    } else {
      break;
    }
  }
  if (at === "key" && keyRange) return keyRange;
  return best;
}

export function toSourceRange(lineCounter: LineCounter, [start, end]: Offsets): SourceRange {
  const from = lineCounter.linePos(start);
  const to = lineCounter.linePos(Math.max(start, end));
  return { line: from.line, column: from.col, endLine: to.line, endColumn: to.col };
}

function keyText(key: unknown): string | undefined {
  if (isScalar(key)) return String(key.value);
  return undefined;
}

function rangeOf(node: unknown): Offsets | undefined {
  const range = (node as Node | null)?.range;
  return range ? [range[0], range[1]] : undefined;
}
