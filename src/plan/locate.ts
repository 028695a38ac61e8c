import { isAlias, isMap, isPair, isScalar, isSeq, type Document, type Node, type Pair, type YAMLMap } from "yaml";
import type { PlanPath } from "../core/finding.js";
import type { Offsets } from "./line-positions.js";

/** Where a finding points: its key (`at: "key"`) or its value. */
export type Locate = (path: PlanPath, at?: "key" | "value") => Offsets;

/**
 * Finds the source range of the node at a path in `doc`. When the path runs past what the
 * document holds, the deepest node that exists is used, so a finding always lands somewhere
 * sensible in the file. Each mapping's keys are indexed the first time a path goes through it,
 * so locating many findings in one big mapping costs a lookup each, not a scan of its keys.
 */
export function locator(doc: Document): Locate {
  const keyIndexes = new Map<YAMLMap, Map<string, Pair>>();
  const pairAt = (map: YAMLMap, key: string): Pair | undefined => {
    let index = keyIndexes.get(map);
    if (!index) {
      index = new Map();
      for (const item of map.items) {
        const text = isPair(item) ? keyText(item.key) : undefined;
        // The first pair with a key wins, as a search from the top would find it.
        if (text !== undefined && !index.has(text)) index.set(text, item);
      }
      keyIndexes.set(map, index);
    }
    return index.get(key);
  };
  return (path, at = "value") => {
    let node: unknown = doc.contents;
    let keyRange: Offsets | undefined;
    let best: Offsets = rangeOf(node) ?? [0, 0];
    for (const segment of path) {
      if (isAlias(node)) node = node.resolve(doc);
      if (isMap(node)) {
        const pair = pairAt(node, String(segment));
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
  };
}

function keyText(key: unknown): string | undefined {
  if (isScalar(key)) return String(key.value);
  return undefined;
}

function rangeOf(node: unknown): Offsets | undefined {
  const range = (node as Node | null)?.range;
  return range ? [range[0], range[1]] : undefined;
}
