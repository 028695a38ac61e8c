import type { SourceComment } from "../cst-comments.js";
import { decodeDoubleQuoted, decodeSingleQuoted, resolvePlain } from "./scalars.js";

/**
 * A reader for the plain YAML that plans are written in: block mappings and sequences, one-line
 * flow collections, one-line quoted scalars, literal and folded block scalars, comments. yaml
 * takes about a microsecond per byte, most of a lint run on a big plan and 20–30 ms of a cold
 * one; this reader builds the same data in a fraction of that.
 *
 * It reads only what it is sure of. Anything else (anchors, tags, multi-line plain or quoted
 * scalars, multi-line flow collections, tabs, CR, a BOM, duplicate keys, document markers,
 * anything yaml might warn about or reject) makes it decline, and the caller reads the file
 * with yaml. The tests hold every document it accepts to yaml's own data and comments.
 */
export interface SimpleYaml {
  /** The top-level mapping, as yaml's toJS() would build it. */
  data: Record<string, unknown>;
  /** Every comment, in source order, as the yaml CST holds them. */
  comments: SourceComment[];
  /** The offset each line starts at: 0, then one past every newline. */
  lineStarts: number[];
}

/** The data and comments of `text`, or undefined when yaml should read it instead. */
export function readSimpleYaml(text: string): SimpleYaml | undefined {
  if (LEAVE_TO_YAML.test(text)) return undefined;
  try {
    return new Reader(text).read();
  } catch (error) {
    if (error === DECLINE) return undefined;
    throw error;
  }
}

/** Tabs, CR, other control characters, a byte order mark and the Unicode line separators:
 *  YAML gives each a meaning of its own somewhere, so yaml reads any file that has one. */
const LEAVE_TO_YAML = /[\x00-\x09\x0b-\x1f\x7f-\x9f\ufeff\u2028\u2029]/;

/** A block or flow mapping key this reader accepts, with its `:` and a space or line end. */
const KEY = /[\w][\w./-]*:(?=[ \n]|$)/y;

/** Thrown (one instance, no stack to capture) when the text is not for this reader. */
const DECLINE = new Error("not simple YAML");
const decline = (): never => {
  throw DECLINE;
};

/**
 * yaml's KEY_OVER_1024_CHARS: an implicit block key whose `:` is more than 1024 characters after
 * the key's start is an error. yaml takes that start from the end of the node before it, not
 * from the key: after an empty value (`a:` or `-` with nothing after, not even a comment) that
 * is the value's line break, so `a:\n` + 1024 `k`s + `: 1` is an error. Which blank and comment
 * lines in between it counts depends on how its CST attached them; the reader measures from
 * the empty value's line break across them all, never later than yaml does, so it declines every
 * key yaml rejects (and a few yaml would take, none plan-sized). The first key of a mapping, and
 * a key after any other value, are measured from the key itself, as in yaml.
 */
const MAX_KEY_SPAN = 1024;

/** Deeper than any plan; yaml reports what is deeper still. */
const MAX_DEPTH = 64;

const SPACE = 32;
const NEWLINE = 10;
const HASH = 35;
const DASH = 45;
const COMMA = 44;
const COLON = 58;
const OPEN_BRACKET = 91;
const CLOSE_BRACKET = 93;
const OPEN_BRACE = 123;
const CLOSE_BRACE = 125;

/** Characters that may not start a plain scalar (YAML's indicators), besides `-` before a space. */
const INDICATOR = new Set("?:,[]{}#&*!|>'\"%@`");

class Reader {
  private readonly text: string;
  private readonly starts: number[];
  private readonly comments: SourceComment[] = [];
  /** The line being read. */
  private line = 0;
  /** Where the current line's content starts, as found by nextContentLine. */
  private contentPos = 0;
  private contentIndent = 0;
  private scannedLine = -1;
  /** The line break ending the content line before the current one, or -1 on the first. */
  private previousBreak = -1;
  private currentBreak = -1;
  /** The line break ending the last line whose value was empty (see MAX_KEY_SPAN). */
  private emptyValueBreak = -1;
  private depth = 0;
  /** Where the scalar or flow collection just read ends (a field, not a returned pair, since
   *  a big plan has millions of them). */
  private after = 0;

  constructor(text: string) {
    this.text = text;
    const starts = [0];
    for (let nl = text.indexOf("\n"); nl !== -1; nl = text.indexOf("\n", nl + 1)) starts.push(nl + 1);
    this.starts = starts;
  }

  read(): SimpleYaml {
    if (this.nextContentLine() < 0) decline();
    if (this.isSeqItem(this.contentPos)) decline();
    const data = this.mapping(this.contentIndent, this.contentPos);
    if (this.nextContentLine() >= 0) decline();
    return { data, comments: this.comments, lineStarts: this.starts };
  }

  private lineEnd(line: number): number {
    return line + 1 < this.starts.length ? this.starts[line + 1]! - 1 : this.text.length;
  }

  /**
   * Moves past blank and comment lines (keeping the comments) to the next line with content and
   * returns it, or -1 at the end of the text. The line itself is not consumed.
   */
  private nextContentLine(): number {
    // Asked again for the line it stopped at (a value looks ahead, then its collection does).
    if (this.line === this.scannedLine) return this.line;
    const { text, starts } = this;
    while (this.line < starts.length) {
      const start = starts[this.line]!;
      const end = this.lineEnd(this.line);
      let p = start;
      while (p < end && text.charCodeAt(p) === SPACE) p++;
      if (p === end) {
        this.line++;
        continue;
      }
      if (text.charCodeAt(p) === HASH) {
        this.comment(p, end);
        this.line++;
        continue;
      }
      if (p === start && this.isDocumentMarker(p, end)) decline();
      this.contentPos = p;
      this.contentIndent = p - start;
      this.scannedLine = this.line;
      this.previousBreak = this.currentBreak;
      this.currentBreak = end;
      return this.line;
    }
    return -1;
  }

  /** `---`, `...` or a `%` directive: documents and their headers are yaml's to read. */
  private isDocumentMarker(p: number, end: number): boolean {
    const { text } = this;
    if (text[p] === "%") return true;
    if (!text.startsWith("---", p) && !text.startsWith("...", p)) return false;
    return p + 3 === end || text.charCodeAt(p + 3) === SPACE;
  }

  private comment(from: number, end: number): void {
    this.comments.push({ offset: from, source: this.text.slice(from, end) });
  }

  private isSeqItem(p: number): boolean {
    if (this.text.charCodeAt(p) !== DASH) return false;
    const next = this.text.charCodeAt(p + 1);
    return next === SPACE || next === NEWLINE || Number.isNaN(next);
  }

  private enter(): void {
    if (++this.depth > MAX_DEPTH) decline();
  }

  /** A block mapping whose keys sit at column `indent`; the first key is at `keyPos`. */
  private mapping(indent: number, keyPos: number): Record<string, unknown> {
    this.enter();
    const map: Record<string, unknown> = {};
    for (let p = keyPos; ; p = this.contentPos) {
      const afterEmpty = p !== keyPos && this.previousBreak >= 0 && this.previousBreak === this.emptyValueBreak;
      const key = this.key(p, map, afterEmpty ? this.previousBreak : p);
      map[key] = this.valueAfter(KEY.lastIndex, indent);
      if (this.nextContentLine() < 0 || this.contentIndent < indent) break;
      if (this.contentIndent > indent) decline();
    }
    this.depth--;
    return map;
  }

  /**
   * The key at `p`, new to `map`; KEY.lastIndex is left just past its colon. `from` is where the
   * key's length limit is measured from (see MAX_KEY_SPAN).
   */
  private key(p: number, map: Record<string, unknown>, from = p): string {
    KEY.lastIndex = p;
    if (!KEY.test(this.text)) decline();
    const colon = KEY.lastIndex - 1;
    const key = this.text.slice(p, colon);
    // Keys that yaml would turn into numbers, booleans or null, the one key that plain
    // assignment treats differently from yaml's toJS, and keys too long for yaml (the YAML spec
    // limits an implicit key to 1024 characters).
    if (colon - from > MAX_KEY_SPAN || key === "__proto__" || typeof resolvePlain(key) !== "string" || Object.hasOwn(map, key)) decline();
    return key;
  }

  /** A block sequence whose dashes sit at column `indent`, starting on the current line. */
  private sequence(indent: number): unknown[] {
    this.enter();
    const items: unknown[] = [];
    for (;;) {
      items.push(this.item(this.contentPos + 1, indent));
      if (this.nextContentLine() < 0 || this.contentIndent < indent) break;
      if (this.contentIndent > indent) decline();
      // A key at the dashes' column: this sequence was the value of the key above it.
      if (!this.isSeqItem(this.contentPos)) break;
    }
    this.depth--;
    return items;
  }

  /** A sequence item's value, from just after its dash. */
  private item(p: number, indent: number): unknown {
    const q = this.skipSpaces(p);
    const end = this.lineEnd(this.line);
    if (q === end || this.text.charCodeAt(q) === HASH) return this.valueBelow(q, end, indent, false);
    KEY.lastIndex = q;
    if (KEY.test(this.text)) return this.mapping(q - this.starts[this.line]!, q);
    return this.inline(q, end, indent);
  }

  /** A mapping value, from just after its key's colon. */
  private valueAfter(p: number, indent: number): unknown {
    const q = this.skipSpaces(p);
    const end = this.lineEnd(this.line);
    if (q === end || this.text.charCodeAt(q) === HASH) return this.valueBelow(q, end, indent, true);
    return this.inline(q, end, indent);
  }

  /**
   * A value that starts on the next line: a collection indented deeper than `indent` (or, for a
   * mapping value, a sequence at the same column), else null, as for `key:` with nothing after.
   */
  private valueBelow(q: number, end: number, indent: number, sequenceMayAlign: boolean): unknown {
    if (q < end) this.comment(q, end);
    else this.emptyValueBreak = end;
    this.line++;
    if (this.nextContentLine() < 0) return null;
    const at = this.contentIndent;
    if (this.isSeqItem(this.contentPos)) {
      if (at > indent || (at === indent && sequenceMayAlign)) return this.sequence(at);
      return null;
    }
    if (at <= indent) return null;
    // A scalar alone on the line below its key is valid YAML, but left to yaml.
    return this.mapping(at, this.contentPos);
  }

  /** A value that starts at `q` on the current line, and what follows it on later lines. */
  private inline(q: number, end: number, indent: number): unknown {
    const { text } = this;
    const first = text[q]!;
    let value: unknown;
    if (first === "|" || first === ">") {
      value = this.blockScalar(q, end, indent);
    } else {
      if (first === "[" || first === "{") value = this.flow(q, end);
      else if (first === '"' || first === "'") value = this.quoted(q, end);
      else value = this.plain(q, end);
      const { after } = this;
      const rest = this.skipSpaces(after);
      if (rest < end) {
        // Anything after the value but a comment (which needs a space before its `#`).
        if (text.charCodeAt(rest) !== HASH || rest === after) decline();
        this.comment(rest, end);
      }
      this.line++;
    }
    // Deeper content on the next line would continue a multi-line scalar, or be an error.
    if (this.nextContentLine() >= 0 && this.contentIndent > indent) decline();
    return value;
  }

  /** A one-line plain scalar in block context: up to a comment or the line's end. */
  private plain(q: number, end: number): unknown {
    const { text } = this;
    const first = text[q]!;
    if (INDICATOR.has(first) || (first === "-" && this.isSeqItem(q))) decline();
    let stop = end;
    for (let p = q; p < end; p++) {
      const c = text.charCodeAt(p);
      if (c === SPACE && text.charCodeAt(p + 1) === HASH) {
        stop = p;
        break;
      }
    }
    let last = stop;
    while (last > q && text.charCodeAt(last - 1) === SPACE) last--;
    const source = text.slice(q, last);
    // `a: b: c` and `a: b:` are errors in yaml, not scalars.
    if (source.includes(": ") || source.endsWith(":")) decline();
    this.after = last;
    return resolvePlain(source);
  }

  /** A quoted scalar that closes on the same line. */
  private quoted(q: number, end: number): string {
    const { text } = this;
    const quote = text[q];
    for (let p = q + 1; p < end; p++) {
      const c = text[p];
      if (quote === '"' && c === "\\") {
        p++;
      } else if (c === quote) {
        if (quote === "'" && text[p + 1] === "'") {
          p++;
          continue;
        }
        const body = text.slice(q + 1, p);
        this.after = p + 1;
        return quote === '"' ? (decodeDoubleQuoted(body) ?? decline()) : decodeSingleQuoted(body);
      }
    }
    return decline();
  }

  /** A flow collection that closes on the same line. */
  private flow(q: number, end: number): unknown[] | Record<string, unknown> {
    const { text } = this;
    const close = text[q] === "[" ? "]" : "}";
    const collection: unknown[] | Record<string, unknown> = close === "]" ? [] : {};
    this.enter();
    let p = this.skipSpaces(q + 1);
    while (text[p] !== close) {
      if (Array.isArray(collection)) {
        collection.push(this.flowNode(p, end));
      } else {
        const key = this.key(p, collection);
        collection[key] = this.flowNode(this.skipSpaces(KEY.lastIndex), end);
      }
      p = this.skipSpaces(this.after);
      if (text[p] === ",") {
        p = this.skipSpaces(p + 1);
        // A trailing comma is valid YAML, but left to yaml.
        if (text[p] === close) decline();
      } else if (text[p] !== close) {
        decline();
      }
    }
    this.depth--;
    this.after = p + 1;
    return collection;
  }

  private flowNode(p: number, end: number): unknown {
    const first = this.text[p];
    if (first === "[" || first === "{") return this.flow(p, end);
    if (first === '"' || first === "'") return this.quoted(p, end);
    return this.flowPlain(p, end);
  }

  /** A plain scalar inside a flow collection: up to `,`, a bracket or brace. */
  private flowPlain(q: number, end: number): unknown {
    const { text } = this;
    const first = text[q];
    if (first === undefined || q >= end || INDICATOR.has(first) || (first === "-" && /[ ,[\]{}\n]/.test(text[q + 1] ?? "\n"))) decline();
    let p = q;
    // Character codes, not one-character strings: this loop reads most of a plan's flow values.
    for (; p < end; p++) {
      const c = text.charCodeAt(p);
      if (c === COMMA || c === CLOSE_BRACKET || c === CLOSE_BRACE || c === OPEN_BRACKET || c === OPEN_BRACE) break;
      // `:` makes a key, and where it does not is a subtle rule of flow context: left to yaml.
      // A comment inside a one-line flow collection means it goes on to the next line.
      if (c === COLON || (c === HASH && text.charCodeAt(p - 1) === SPACE)) decline();
    }
    if (text[p] === "[" || text[p] === "{") decline();
    let last = p;
    while (last > q && text.charCodeAt(last - 1) === SPACE) last--;
    this.after = last;
    return resolvePlain(text.slice(q, last));
  }

  /** A literal (`|`) or folded (`>`) block scalar, clipped or stripped (`-`), from its header. */
  private blockScalar(q: number, end: number, indent: number): string {
    const { text, starts } = this;
    const folded = text[q] === ">";
    let p = q + 1;
    const strip = text[p] === "-";
    if (strip) p++;
    const rest = this.skipSpaces(p);
    if (rest < end) {
      // Keep (`+`), explicit indentation and anything else but a comment are left to yaml.
      if (text.charCodeAt(rest) !== HASH || rest === p) decline();
      this.comment(rest, end);
    }
    const lines: string[] = [];
    let contentIndent = -1;
    let line = this.line + 1;
    for (; line < starts.length; line++) {
      const start = starts[line]!;
      const lineEnd = this.lineEnd(line);
      let c = start;
      while (c < lineEnd && text.charCodeAt(c) === SPACE) c++;
      const at = c - start;
      if (c === lineEnd) {
        // Leading blank lines, and blank lines with spaces past the indentation, have rules of
        // their own.
        if (contentIndent < 0 || at > contentIndent) decline();
        lines.push("");
        continue;
      }
      if (contentIndent < 0) {
        if (at <= indent) decline();
        contentIndent = at;
      } else if (at < contentIndent) {
        break;
      }
      // Folding keeps the line breaks around more-indented lines: left to yaml.
      if (folded && at > contentIndent) decline();
      lines.push(text.slice(start + contentIndent, lineEnd));
    }
    if (contentIndent < 0 || (line === starts.length && !text.endsWith("\n"))) decline();
    this.line = line;
    let count = lines.length;
    while (lines[count - 1] === "") count--;
    let value = lines[0]!;
    let blanks = 0;
    for (let i = 1; i < count; i++) {
      const content = lines[i]!;
      if (!folded) value += "\n" + content;
      else if (content === "") blanks++;
      else {
        value += blanks === 0 ? " " + content : "\n".repeat(blanks) + content;
        blanks = 0;
      }
    }
    return strip ? value : value + "\n";
  }

  private skipSpaces(p: number): number {
    while (this.text.charCodeAt(p) === SPACE) p++;
    return p;
  }
}
