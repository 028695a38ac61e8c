// Scalars as yaml reads them with the options parse-plan uses (YAML 1.2, core schema). The
// tests hold each of these to yaml's own result; anything not handled here makes the reader
// decline, so yaml reads the file instead.

/** yaml's core-schema tests, in the schema's order (the first that matches wins). */
const NULL = /^(?:~|[Nn]ull|NULL)?$/;
const BOOL = /^(?:[Tt]rue|TRUE|[Ff]alse|FALSE)$/;
const INT_OCT = /^0o[0-7]+$/;
const INT = /^[-+]?[0-9]+$/;
const INT_HEX = /^0x[0-9a-fA-F]+$/;
const FLOAT_NAN = /^(?:[-+]?\.(?:inf|Inf|INF)|\.nan|\.NaN|\.NAN)$/;
const FLOAT_EXP = /^[-+]?(?:\.[0-9]+|[0-9]+(?:\.[0-9]*)?)[eE][-+]?[0-9]+$/;
const FLOAT = /^[-+]?(?:\.[0-9]+|[0-9]+\.[0-9]*)$/;
/** A first character that can make a plain scalar anything but a string. */
const MAY_NOT_BE_STRING = /^[-+.0-9~nNtTfF]/;

/** The value of a plain (unquoted) scalar, resolved as yaml's core schema does. */
export function resolvePlain(source: string): string | number | boolean | null {
  // Most plain scalars in a plan are words; one test of the first character skips the eight
  // regular expressions for them.
  if (source !== "" && !MAY_NOT_BE_STRING.test(source)) return source;
  if (NULL.test(source)) return null;
  if (BOOL.test(source)) return source[0] === "t" || source[0] === "T";
  if (INT_OCT.test(source)) return parseInt(source.substring(2), 8);
  if (INT.test(source)) return parseInt(source, 10);
  if (INT_HEX.test(source)) return parseInt(source.substring(2), 16);
  if (FLOAT_NAN.test(source)) {
    if (source.slice(-3).toLowerCase() === "nan") return NaN;
    return source[0] === "-" ? Number.NEGATIVE_INFINITY : Number.POSITIVE_INFINITY;
  }
  if (FLOAT_EXP.test(source) || FLOAT.test(source)) return parseFloat(source);
  return source;
}

const SIMPLE_ESCAPES: Readonly<Record<string, string>> = {
  "0": "\0",
  a: "\x07",
  b: "\b",
  e: "\x1b",
  f: "\f",
  n: "\n",
  r: "\r",
  t: "\t",
  v: "\v",
  N: "\u0085",
  _: "\u00a0",
  L: "\u2028",
  P: "\u2029",
  " ": " ",
  '"': '"',
  "/": "/",
  "\\": "\\",
};

const HEX_DIGITS: Readonly<Record<string, number>> = { x: 2, u: 4, U: 8 };

/**
 * Decodes the inside of a one-line double-quoted scalar (`body` without its quotes), or
 * returns undefined for an escape it does not know, which yaml would report.
 */
export function decodeDoubleQuoted(body: string): string | undefined {
  if (!body.includes("\\")) return body;
  let out = "";
  for (let i = 0; i < body.length; i++) {
    const ch = body[i]!;
    if (ch !== "\\") {
      out += ch;
      continue;
    }
    const code = body[++i];
    if (code === undefined) return undefined;
    const simple = SIMPLE_ESCAPES[code];
    if (simple !== undefined) {
      out += simple;
      continue;
    }
    const digits = HEX_DIGITS[code];
    if (digits === undefined) return undefined;
    const hex = body.slice(i + 1, i + 1 + digits);
    if (!/^[0-9a-fA-F]+$/.test(hex) || hex.length !== digits) return undefined;
    const point = parseInt(hex, 16);
    if (point > 0x10ffff) return undefined;
    out += String.fromCodePoint(point);
    i += digits;
  }
  return out;
}

/** Decodes the inside of a one-line single-quoted scalar: `''` is a quote. */
export function decodeSingleQuoted(body: string): string {
  return body.includes("''") ? body.replaceAll("''", "'") : body;
}
