// What an earlier export said about each item, so SEQUENCE only grows (RFC 5545 §3.8.7.4): a
// calendar app replaces an imported event only when the same UID comes with a higher SEQUENCE.
import { createHash } from "node:crypto";

export interface PreviousItem {
  /** The content hash the earlier export wrote (X-COMMUNITY-PLAN-HASH). */
  hash: string;
  sequence: number;
  /** "20270105T000000Z", as written, when the earlier export had one. */
  lastModified: string | null;
}

export const HASH_PROPERTY = "X-COMMUNITY-PLAN-HASH";

/** The hash of an item's content lines: what a calendar app shows, not the stamps. */
export function contentHash(lines: readonly string[]): string {
  return createHash("sha256").update(lines.join("\n")).digest("hex").slice(0, 32);
}

/** UID → what the earlier export wrote; components without a hash (other tools' files) are ignored. */
export function readPreviousItems(text: string): Map<string, PreviousItem> {
  const items = new Map<string, PreviousItem>();
  const lines = text.replace(/\r?\n[ \t]/g, "").split(/\r?\n/);
  let current: { uid?: string; hash?: string; sequence: number; lastModified: string | null } | undefined;
  for (const line of lines) {
    if (line === "BEGIN:VEVENT") current = { sequence: 0, lastModified: null };
    else if (current === undefined) continue;
    else if (line === "END:VEVENT") {
      if (current.uid !== undefined && current.hash !== undefined) {
        items.set(current.uid, { hash: current.hash, sequence: current.sequence, lastModified: current.lastModified });
      }
      current = undefined;
    } else {
      const colon = line.indexOf(":");
      const name = line.slice(0, colon).split(";")[0]!.toUpperCase();
      const value = line.slice(colon + 1);
      if (name === "UID") current.uid = value;
      else if (name === HASH_PROPERTY) current.hash = value;
      else if (name === "SEQUENCE" && /^\d+$/.test(value)) current.sequence = Number(value);
      else if (name === "LAST-MODIFIED") current.lastModified = value;
    }
  }
  return items;
}

export interface Stamp {
  sequence: number;
  lastModified: string | null;
}

/** Unchanged items keep their stamps; changed ones get the next SEQUENCE and today's LAST-MODIFIED. */
export function stampFor(previous: PreviousItem | undefined, hash: string, todayStamp: string): Stamp {
  if (previous === undefined) return { sequence: 0, lastModified: null };
  if (previous.hash === hash) return { sequence: previous.sequence, lastModified: previous.lastModified };
  return { sequence: previous.sequence + 1, lastModified: todayStamp };
}
