// Plan text through yaml: the exact parser, for what the simple reader declines and for the
// source positions of findings. Its own module, and through it yaml, is imported only by the
// runs that need it (src/plan/parse-plan.ts), so a clean plain plan lints without loading yaml.
import { Composer, LineCounter, Parser, YAMLParseError, type Document, type DocumentOptions, type ParseOptions as YamlParseOptions, type SchemaOptions, type YAMLError } from "yaml";
import type { CoreFinding } from "../core/core-findings.js";
import { InputError } from "../core/errors.js";
import { collectComments, type SourceComment } from "./cst-comments.js";
import { hasDuplicateKeys } from "./duplicate-keys.js";
import { locator, type Locate } from "./locate.js";
import { keyWithoutColon, unclosedQuote } from "./syntax-hints.js";
import type { ParsedPlan, ParseOptions } from "./parse-plan.js";

/** Anchors and aliases beyond this many are a "billion laughs" attack, not a plan. */
const DEFAULT_MAX_ALIASES = 100;

const YAML_OPTIONS: YamlParseOptions & DocumentOptions & SchemaOptions = {
  version: "1.2",
  schema: "core",
  resolveKnownTags: false,
  prettyErrors: false,
  // A collection used as a key would otherwise make yaml call process.emitWarning, a stray
  // "(node:123) Warning" on stderr; the schema reports the odd key anyway.
  logLevel: "error",
};

/** Where each path is in `text`, for a plan the simple reader took. */
export function yamlLocator(text: string): Locate {
  return locator(composeFirstDocument(text, { uniqueKeys: false }, undefined).doc);
}

/** parsePlan for text the simple reader declined: findings for what is wrong, data when nothing is. */
export function parseWithYaml(text: string, options: ParseOptions): ParsedPlan {
  const comments: SourceComment[] = [];
  const { doc, lineCounter } = composeChecked(text, options.comments ? comments : undefined);
  // After the first syntax error the parser's recovery produces follow-on errors that only
  // confuse; duplicate keys are independent of each other and all worth reporting.
  const firstSyntaxError = doc.errors.find((e) => e.code !== "DUPLICATE_KEY");
  const errors = doc.errors.filter((e) => e.code === "DUPLICATE_KEY" || e === firstSyntaxError);
  const findings = [...errors.map((e) => yamlErrorFinding(e, text)), ...doc.warnings.map(yamlWarningFinding)];
  if (doc.errors.some((e) => /call stack/i.test(e.message))) {
    throw new InputError("E_TOO_DEEP", "is nested too deeply to be a plan", { file: options.file });
  }
  const ready = locator(doc);
  const locate = () => Promise.resolve(ready);
  if (doc.errors.length > 0) return { locate, lineCounter, findings, comments };
  if (doc.contents === null) {
    throw new InputError("E_EMPTY", "is empty", {
      file: options.file,
      hint: "run 'community-plan init' to start a plan",
    });
  }
  let data: unknown;
  try {
    data = doc.toJS({ maxAliasCount: options.maxAliases ?? DEFAULT_MAX_ALIASES });
  } catch (error) {
    if (error instanceof ReferenceError && /alias/i.test(error.message)) {
      throw new InputError("E_ALIAS_LIMIT", "expands its YAML aliases beyond the limit (a 'billion laughs' file?)", {
        file: options.file,
        hint: "raise the limit with --max-aliases <n> if the file really is a plan",
      });
    }
    throw error;
  }
  if (typeof data !== "object" || data === null || Array.isArray(data)) {
    throw new InputError("E_NOT_A_PLAN", "is not a community plan: expected keys such as version, community and goals", {
      file: options.file,
    });
  }
  return { locate, lineCounter, findings, data, comments };
}

/**
 * yaml's duplicate-key check compares each key with every key before it in its mapping, so a
 * mapping of 40,000 keys took 13 s. Parse without it, look for duplicates with a set per
 * mapping, and only when there are some parse again with yaml's check, for its errors.
 */
function composeChecked(text: string, comments: SourceComment[] | undefined): { doc: Document; lineCounter: LineCounter } {
  let unchecked: { doc: Document; lineCounter: LineCounter } | undefined = composeFirstDocument(text, { uniqueKeys: false }, comments);
  if (!hasDuplicateKeys(unchecked.doc)) return unchecked;
  // Let the first document go before the second is built: together they would double the peak.
  // eslint-disable-next-line no-useless-assignment -- releases the first document before the second is built
  unchecked = undefined;
  return composeFirstDocument(text, { uniqueKeys: true }, undefined);
}

/**
 * What yaml's parseDocument does (the first document; a second one is an error), with the
 * parser and composer driven here so the comments can be taken from the same CST on the way:
 * a second parse just for them would double the cost of a plan with disable comments.
 */
function composeFirstDocument(
  text: string,
  { uniqueKeys }: { uniqueKeys: boolean },
  comments: SourceComment[] | undefined,
): { doc: Document; lineCounter: LineCounter } {
  const lineCounter = new LineCounter();
  const composer = new Composer({ ...YAML_OPTIONS, uniqueKeys });
  let first: Document | undefined;
  let more = false;
  const take = (docs: Iterable<Document.Parsed>) => {
    for (const doc of docs) {
      if (!first) first = doc;
      else if (!more) {
        more = true;
        first.errors.push(new YAMLParseError(doc.range.slice(0, 2) as [number, number], "MULTIPLE_DOCS", "Source contains multiple documents; please use YAML.parseAllDocuments()"));
      }
    }
  };
  for (const token of new Parser(lineCounter.addNewLine).parse(text)) {
    if (comments) collectComments(token, comments);
    // Like parseDocument, stop composing at the second document; comments are still wanted.
    // eslint-disable-next-line @typescript-eslint/no-unnecessary-condition -- take() sets `more`, which narrowing cannot see
    if (!more) take(composer.next(token));
    else if (!comments) break;
  }
  // eslint-disable-next-line @typescript-eslint/no-unnecessary-condition -- as above
  if (!more) take(composer.end(true, text.length));
  return { doc: first!, lineCounter };
}

function yamlErrorFinding(error: YAMLError, text: string): CoreFinding<"duplicate-key"> | CoreFinding<"yaml-syntax"> {
  if (error.code === "DUPLICATE_KEY") {
    // yaml marks only the key's first character; the key runs up to its colon.
    const start = error.pos[0];
    const raw = /^(?:"(?:[^"\\]|\\.)*"|'(?:[^']|'')*'|[^:\n]*?(?=\s*:))/.exec(text.slice(start))?.[0] ?? "";
    const key = raw.replace(/^["']|["']$/g, "");
    return { ruleId: "duplicate-key", messageId: "duplicate", data: { key }, path: [], range: [start, start + Math.max(1, raw.length)] };
  }
  return startOfProblem(error, text) ?? { ruleId: "yaml-syntax", messageId: "syntax", data: { message: firstLine(error.message) }, path: [], range: error.pos };
}

/** The errors yaml reports where it gave up, moved to where the mistake starts and worded for people. */
function startOfProblem(error: YAMLError, text: string): CoreFinding<"yaml-syntax"> | undefined {
  const quote = /^Missing closing (["'])quote/.exec(error.message)?.[1] as '"' | "'" | undefined;
  if (error.code === "MISSING_CHAR" && quote) {
    const open = unclosedQuote(text, quote, error.pos[0]);
    if (open === undefined) return undefined;
    // At the end of the file, the last character: a position past it has no line to show.
    const end = Math.max(0, Math.min(error.pos[0], text.length - 1));
    const line = text.slice(0, end).split("\n").length;
    const related = [{ range: [end, end] as const, message: "where the parser gave up looking for the closing quote" }];
    return { ruleId: "yaml-syntax", messageId: "unclosedQuote", data: { quote, line }, path: [], range: [open, open + 1], related };
  }
  if (error.code === "TAB_AS_INDENT") {
    // yaml marks the line's whole indentation; the caret belongs under the tab.
    const tab = text.indexOf("\t", error.pos[0]);
    const at = tab >= 0 && tab <= error.pos[1] ? tab : error.pos[0];
    return { ruleId: "yaml-syntax", messageId: "tabIndent", path: [], range: [at, at + 1] };
  }
  if (error.code === "MULTILINE_IMPLICIT_KEY" || (error.code === "MISSING_CHAR" && /followed by map values/.test(error.message))) {
    const key = keyWithoutColon(text, error.pos[0]);
    if (key) return { ruleId: "yaml-syntax", messageId: "missingColon", data: { key: key.key }, path: [], range: [key.start, key.end] };
  }
  return undefined;
}

function yamlWarningFinding(warning: YAMLError): CoreFinding<"yaml-syntax"> {
  if (warning.code === "TAG_RESOLVE_FAILED") {
    const tag = /Unresolved tag: (\S+)/.exec(warning.message)?.[1] ?? "";
    return { ruleId: "yaml-syntax", messageId: "tag", data: { tag: tag.replace("tag:yaml.org,2002:", "!!") }, path: [], range: warning.pos };
  }
  return {
    ruleId: "yaml-syntax",
    messageId: "syntax",
    data: { message: firstLine(warning.message) },
    path: [],
    range: warning.pos,
    severity: "warning",
  };
}

function firstLine(message: string): string {
  return message.split("\n")[0]!.replace(/ at line \d+, column \d+:?$/, "");
}
