import { Parser } from "yaml";
import type { Diagnostic, Finding } from "./types.js";
import { closest } from "../util/closest.js";

export const DIRECTIVE_RULE = "disable-comments";
const MARKER = "community-plan-disable";

/** A well-formed `# community-plan-disable-next-line <ids> -- <reason>` comment. */
export interface Directive {
  /** 1-based line whose findings it suppresses: the next line that is not blank or a comment. */
  targetLine: number;
  ruleIds: string[];
  range: readonly [number, number];
  used: Set<string>;
}

export interface DirectiveScan {
  directives: Directive[];
  /** Malformed comments; each is ignored until fixed, so it suppresses nothing. */
  findings: Finding[];
}

/** Every YAML comment token, found in the CST so that `#` inside a block scalar is not one. */
function comments(text: string): Array<{ offset: number; source: string }> {
  const out: Array<{ offset: number; source: string }> = [];
  const walk = (node: unknown): void => {
    if (Array.isArray(node)) node.forEach(walk);
    else if (node && typeof node === "object") {
      const token = node as { type?: string; offset?: number; source?: unknown };
      if (token.type === "comment" && typeof token.source === "string") out.push({ offset: token.offset!, source: token.source });
      for (const [key, value] of Object.entries(node)) if (key !== "source") walk(value);
    }
  };
  walk([...new Parser().parse(text)]);
  return out;
}

function lineStarts(text: string): number[] {
  const starts = [0];
  for (let i = 0; i < text.length; i++) if (text[i] === "\n") starts.push(i + 1);
  return starts;
}

/** Finds the disable comments in a plan's text and reports malformed ones. */
export function scanDirectives(text: string, ruleIds: ReadonlySet<string>): DirectiveScan {
  const scan: DirectiveScan = { directives: [], findings: [] };
  if (!text.includes(MARKER)) return scan; // the common case pays for no second parse
  const starts = lineStarts(text);
  const lines = text.split("\n");
  for (const { offset, source } of comments(text)) {
    const match = /^#\s*community-plan-(disable[\w-]*)(.*)$/.exec(source);
    if (!match) continue;
    const range = [offset, offset + source.length] as const;
    const problem = (messageId: string, data: Record<string, string> = {}) =>
      scan.findings.push({ ruleId: DIRECTIVE_RULE, messageId, data, path: [], range });
    if (match[1] !== "disable-next-line") {
      problem("unknownDirective", { directive: `community-plan-${match[1]}` });
      continue;
    }
    const [idsPart, ...reasonParts] = match[2]!.split(/\s--(?:\s|$)/);
    const ids = idsPart!.split(/[\s,]+/).filter(Boolean);
    const reason = reasonParts.join(" -- ").trim();
    if (ids.length === 0) problem("noRules");
    else if (reasonParts.length === 0 || reason === "") problem("missingReason");
    const unknown = ids.filter((id) => !ruleIds.has(id) || id === DIRECTIVE_RULE);
    for (const id of unknown) problem("unknownRule", { id, suggestion: suggest(id, ruleIds) });
    if (ids.length === 0 || reason === "" || unknown.length > 0) continue;
    const commentLine = starts.findLastIndex((start) => start <= offset);
    let target = commentLine + 1;
    while (target < lines.length && /^\s*(#.*)?\r?$/.test(lines[target]!)) target++;
    scan.directives.push({ targetLine: target + 1, ruleIds: ids, range, used: new Set() });
  }
  return scan;
}

function suggest(id: string, ruleIds: ReadonlySet<string>): string {
  const match = closest(id, [...ruleIds].filter((r) => r !== DIRECTIVE_RULE));
  return match ? ` Did you mean "${match}"?` : "";
}

/** Drops the diagnostics a directive covers, and marks which rule ids each directive used. */
export function applyDirectives(diagnostics: Diagnostic[], directives: readonly Directive[]): Diagnostic[] {
  if (directives.length === 0) return diagnostics;
  return diagnostics.filter((d) => {
    if (d.ruleId === DIRECTIVE_RULE) return true;
    const directive = directives.find((x) => x.targetLine === d.line && x.ruleIds.includes(d.ruleId));
    directive?.used.add(d.ruleId);
    return !directive;
  });
}

/** One finding per rule id a directive names but that had nothing to suppress. */
export function unusedDirectiveFindings(directives: readonly Directive[]): Finding[] {
  return directives.flatMap((directive) =>
    directive.ruleIds
      .filter((id) => !directive.used.has(id))
      .map((id) => ({ ruleId: DIRECTIVE_RULE, messageId: "unused", data: { id }, path: [], range: directive.range })),
  );
}
