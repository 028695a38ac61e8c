/**
 * A unified diff of two texts, for `lint --fix-dry-run`. Fixes replace text within lines, so
 * the line counts usually match and lines are compared in place; when they do not, the changed
 * stretch between the common start and end is one hunk.
 */
export function unifiedDiff(before: string, after: string, name: string, context = 3): string {
  if (before === after) return "";
  const a = before.split("\n");
  const b = after.split("\n");
  // A final newline ends the last line; it is not an empty line after it.
  if (a.at(-1) === "" && b.at(-1) === "") {
    a.pop();
    b.pop();
  }
  const changes: Array<[number, number, number, number]> = [];
  if (a.length === b.length) {
    for (let i = 0; i < a.length; i++) {
      if (a[i] === b[i]) continue;
      // Neighbouring changed lines are one change: all their old lines, then all their new.
      const last = changes.at(-1);
      if (last && last[1] === i) [last[1], last[3]] = [i + 1, i + 1];
      else changes.push([i, i + 1, i, i + 1]);
    }
  } else {
    let start = 0;
    while (start < a.length && start < b.length && a[start] === b[start]) start++;
    let endA = a.length;
    let endB = b.length;
    while (endA > start && endB > start && a[endA - 1] === b[endB - 1]) [endA, endB] = [endA - 1, endB - 1];
    changes.push([start, endA, start, endB]);
  }
  const out = [`--- ${name}`, `+++ ${name}`];
  let i = 0;
  while (i < changes.length) {
    // Changes closer than twice the context share a hunk.
    let j = i;
    while (j + 1 < changes.length && changes[j + 1]![0] - changes[j]![1] <= 2 * context) j++;
    const fromA = Math.max(0, changes[i]![0] - context);
    const toA = Math.min(a.length, changes[j]![1] + context);
    const shift = changes[i]![2] - changes[i]![0];
    const toB = Math.min(b.length, changes[j]![3] + context);
    const lines: string[] = [];
    let lineA = fromA;
    for (let k = i; k <= j; k++) {
      const [sa, ea, sb, eb] = changes[k]!;
      for (; lineA < sa; lineA++) lines.push(` ${a[lineA]}`);
      for (let x = sa; x < ea; x++) lines.push(`-${a[x]}`);
      for (let x = sb; x < eb; x++) lines.push(`+${b[x]}`);
      lineA = ea;
    }
    for (; lineA < toA; lineA++) lines.push(` ${a[lineA]}`);
    const fromB = fromA + shift;
    out.push(`@@ -${fromA + 1},${toA - fromA} +${fromB + 1},${toB - fromB} @@`, ...lines);
    i = j + 1;
  }
  return `${out.join("\n")}\n`;
}
