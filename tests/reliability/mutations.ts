// Random, repeatable damage to a plan's text or data: the edits a half-finished branch contains.
import { parse, stringify } from "yaml";

type Next = () => number;

function pick<T>(items: readonly T[], next: Next): T {
  return items[next() % items.length] as T;
}

/** Every [parent, key] pair in a parsed plan, depth first. */
function slots(node: unknown, out: Array<[Record<string, unknown> | unknown[], string | number]> = []) {
  if (Array.isArray(node)) {
    node.forEach((child, i) => {
      out.push([node, i]);
      slots(child, out);
    });
  } else if (node && typeof node === "object") {
    for (const [key, child] of Object.entries(node)) {
      out.push([node as Record<string, unknown>, key]);
      slots(child, out);
    }
  }
  return out;
}

const SWAPS: unknown[] = [null, 0, -1, 1e300, "", "x", true, [], {}, "2027-02-30", "24:00", "Mars/Olympus", "../../etc/passwd", "a\u0000b", "😀"];

function mutateData(data: unknown, next: Next): unknown {
  const all = slots(data);
  if (all.length === 0) return data;
  const [parent, key] = pick(all, next);
  const kind = next() % 3;
  if (kind === 0) {
    if (Array.isArray(parent)) parent.splice(key as number, 1);
    else delete parent[key as string];
  } else if (kind === 1) {
    (parent as Record<string | number, unknown>)[key] = pick(SWAPS, next);
  } else {
    // A broken reference: an id-like string that names nothing.
    (parent as Record<string | number, unknown>)[key] = `missing-${next() % 100}`;
  }
  return data;
}

function mutateText(text: string, next: Next): string {
  const at = next() % (text.length + 1);
  switch (next() % 4) {
    case 0:
      return text.slice(0, at); // truncation
    case 1:
      return text.slice(0, at) + String.fromCharCode(next() % 0x3000) + text.slice(at); // a random character
    case 2:
      return text.slice(0, at) + text.slice(Math.min(text.length, at + 1 + (next() % 40))); // a deleted span
    default: {
      const lines = text.split("\n");
      const line = next() % lines.length;
      lines[line] = (next() % 2 ? "\t" : "  ") + (lines[line] ?? ""); // broken indentation
      return lines.join("\n");
    }
  }
}

/** `times` damages, each either to the data (then re-dumped) or to the raw text. */
export function mutatedPlan(text: string, stream: Iterable<number>, times: number): string {
  const iterator = stream[Symbol.iterator]();
  const next: Next = () => iterator.next().value as number;
  let current = text;
  for (let i = 0; i < times; i++) {
    if (next() % 2 === 0) {
      let data: unknown;
      try {
        data = parse(current, { maxAliasCount: 100 });
      } catch {
        current = mutateText(current, next);
        continue;
      }
      current = stringify(mutateData(data, next));
    } else {
      current = mutateText(current, next);
    }
  }
  return current;
}
