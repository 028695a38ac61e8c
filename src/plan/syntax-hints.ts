// Where a YAML syntax error starts, for the errors whose parser position is where it gave up
// rather than where the mistake is: an unclosed quote, a key without its colon.

/** Characters after which (and a space) a quote opens a quoted scalar. */
const BEFORE_SCALAR = new Set([":", "-", "?", "[", "{", ","]);

/** Whether a quote at `offset` opens a quoted scalar, rather than sitting inside plain text (`it's`). */
function opensScalar(text: string, offset: number): boolean {
  let i = offset - 1;
  while (i >= 0 && (text[i] === " " || text[i] === "\t")) i--;
  if (i < 0 || text[i] === "\n") return true;
  const before = text[i]!;
  if (!BEFORE_SCALAR.has(before)) return false;
  // `key:"x"` is a plain scalar in YAML; flow indicators need no space after them.
  return before === "[" || before === "{" || before === "," || i < offset - 1;
}

/** Offset of the quote that closes the one at `open`, or -1 when the text ends first. */
function closingQuote(text: string, open: number): number {
  const quote = text[open];
  for (let i = open + 1; i < text.length; i++) {
    if (quote === '"' && text[i] === "\\") i++;
    else if (text[i] === quote) {
      // '' inside single quotes is an escaped quote.
      if (quote === "'" && text[i + 1] === "'") i++;
      else return i;
    }
  }
  return -1;
}

/**
 * The offset of the quote (`"` or `'`) that opens the string the parser was still inside at
 * `giveUp`: the last one before it that is not closed before it. Undefined when none is.
 */
export function unclosedQuote(text: string, quote: '"' | "'", giveUp: number): number | undefined {
  let found: number | undefined;
  for (let i = 0; i < Math.min(giveUp, text.length); i++) {
    const ch = text[i];
    if (ch === "#" && (i === 0 || /\s/.test(text[i - 1]!))) {
      const end = text.indexOf("\n", i);
      if (end < 0) break;
      i = end;
    } else if ((ch === '"' || ch === "'") && opensScalar(text, i)) {
      const close = closingQuote(text, i);
      if (close < 0 || close >= giveUp) {
        if (ch === quote) found = i;
        break;
      }
      i = close;
    }
  }
  return found;
}

/**
 * The key of a line that reads like `name Lattice`: a key, a space and a value, with the colon
 * left out. Undefined when the line at `offset` does not look like that.
 */
export function keyWithoutColon(text: string, offset: number): { key: string; start: number; end: number } | undefined {
  const lineStart = text.lastIndexOf("\n", offset - 1) + 1;
  const lineEnd = text.indexOf("\n", lineStart);
  const line = text.slice(lineStart, lineEnd < 0 ? text.length : lineEnd);
  const match = /^(\s*(?:- +)?)([A-Za-z_$][\w$-]*)[ \t]+[^\s:#][^:]*$/.exec(line);
  if (!match) return undefined;
  const start = lineStart + match[1]!.length;
  return { key: match[2]!, start, end: start + match[2]!.length };
}
