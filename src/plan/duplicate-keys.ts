import { isMap, isScalar, isSeq, type Document } from "yaml";

/**
 * Whether any mapping in `doc` repeats a key, by yaml's rule for `uniqueKeys` (scalar keys with
 * the same value, compared with ===), using one set per mapping: linear, where yaml's own check
 * compares every key with all the keys before it.
 */
export function hasDuplicateKeys(doc: Document): boolean {
  // A plain stack rather than yaml's visit(): this runs on every plan, and visit() costs more
  // than the check itself.
  const pending: unknown[] = [doc.contents];
  while (pending.length > 0) {
    const node = pending.pop();
    if (isMap(node)) {
      const seen = new Set<unknown>();
      for (const { key, value } of node.items) {
        // === never matches NaN with NaN; a set would.
        if (isScalar(key) && !Number.isNaN(key.value)) {
          if (seen.has(key.value)) return true;
          seen.add(key.value);
        }
        pending.push(key, value);
      }
    } else if (isSeq(node)) {
      for (const item of node.items) pending.push(item);
    }
  }
  return false;
}
