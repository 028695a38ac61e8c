import type { CoreMessageId, CoreRuleId } from "../core/core-findings.js";
import type { Finding } from "../core/finding.js";
import type { Diagnostic } from "./types.js";
import type { LinePositions } from "../plan/line-positions.js";
import type { SourceComment } from "../plan/cst-comments.js";
import { closest } from "../util/closest.js";

export const DIRECTIVE_RULE = "disable-comments" satisfies CoreRuleId;
const MARKER = "community-plan-disable";

/**
 * A well-formed disable comment: `# community-plan-disable-next-line <ids> -- <reason>`,
 * `# community-plan-disable-line <ids> -- <reason>` (at the end of the line it covers), or
 * `# community-plan-disable <ids> -- <reason>` … `# community-plan-enable <ids>` (a block; to the
 * end of the file when never enabled again).
 */
export interface Directive {
  /** 1-based first line whose findings it suppresses. */
  fromLine: number;
  /** 1-based last line, per rule id (a block's ids may be enabled again at different lines). */
  toLine: Map<string, number>;
  ruleIds: string[];
  range: readonly [number, number];
  used: Set<string>;
}

export interface DirectiveScan {
  directives: Directive[];
  /** Malformed comments; each is ignored until fixed, so it suppresses nothing. */
  findings: Finding[];
}

/** Whether the text can hold a directive at all: when not, its comments need not be collected. */
export function mayHaveDirectives(text: string): boolean {
  return text.includes(MARKER);
}

/** The line each line's directive would point at. */
class LineIndex {
  private readonly lines: string[];
  private nextContent?: number[];

  constructor(text: string) {
    this.lines = text.split("\n");
  }

  /** The first line after `line` that is neither blank nor only a comment (lines.length if none). */
  contentLineAfter(line: number): number {
    // Built once, from the end, so a run of stacked directive comments is not rescanned for each.
    if (!this.nextContent) {
      const next = new Array<number>(this.lines.length + 1);
      next[this.lines.length] = this.lines.length;
      for (let i = this.lines.length - 1; i >= 0; i--) next[i] = /^\s*(#.*)?\r?$/.test(this.lines[i]!) ? next[i + 1]! : i;
      this.nextContent = next;
    }
    return this.nextContent[line + 1]!;
  }
}

/** Finds the disable comments in a plan's text and reports malformed ones. */
export function scanDirectives(
  text: string,
  comments: readonly SourceComment[],
  lineCounter: LinePositions,
  ruleIds: ReadonlySet<string>,
): DirectiveScan {
  const scan: DirectiveScan = { directives: [], findings: [] };
  if (!mayHaveDirectives(text)) return scan;
  let lines: LineIndex | undefined;
  // Blocks still open, per rule id, for the enable comments that close them.
  const open = new Map<string, Directive>();
  for (const { offset, source } of comments) {
    const match = /^#\s*community-plan-((?:disable|enable)[\w-]*)(.*)$/.exec(source);
    if (!match) continue;
    const range = [offset, offset + source.length] as const;
    const problem = (messageId: CoreMessageId<typeof DIRECTIVE_RULE>, data: Record<string, string> = {}) =>
      scan.findings.push({ ruleId: DIRECTIVE_RULE, messageId, data, path: [], range });
    const kind = match[1]!;
    if (!KINDS.has(kind)) {
      problem("unknownDirective", { directive: `community-plan-${kind}` });
      continue;
    }
    const [idsPart, ...reasonParts] = match[2]!.split(/\s--(?:\s|$)/);
    const ids = idsPart!.split(/[\s,]+/).filter(Boolean);
    // The comment's own line, from the parse's line index (1-based).
    const line = lineCounter.linePos(offset).line;
    if (kind === "enable") {
      // Closing needs no reason; with no ids it closes every open block.
      for (const id of ids.length > 0 ? ids : [...open.keys()]) {
        const directive = open.get(id);
        if (directive) directive.toLine.set(id, line);
        open.delete(id);
      }
      continue;
    }
    const reason = reasonParts.join(" -- ").trim();
    if (ids.length === 0) problem("noRules");
    else if (reasonParts.length === 0 || reason === "") problem("missingReason");
    const unknown = ids.filter((id) => !ruleIds.has(id) || id === DIRECTIVE_RULE);
    for (const id of unknown) problem("unknownRule", { id, suggestion: suggest(id, ruleIds) });
    if (ids.length === 0 || reason === "" || unknown.length > 0) continue;
    let from = line;
    let to = line;
    if (kind === "disable-next-line") {
      lines ??= new LineIndex(text);
      from = to = lines.contentLineAfter(line - 1) + 1;
    } else if (kind === "disable") {
      to = Number.POSITIVE_INFINITY;
    }
    const directive: Directive = { fromLine: from, toLine: new Map(ids.map((id) => [id, to])), ruleIds: ids, range, used: new Set() };
    scan.directives.push(directive);
    if (kind === "disable") for (const id of ids) open.set(id, directive);
  }
  return scan;
}

const KINDS = new Set(["disable-next-line", "disable-line", "disable", "enable"]);

function suggest(id: string, ruleIds: ReadonlySet<string>): string {
  const match = closest(id, [...ruleIds].filter((r) => r !== DIRECTIVE_RULE));
  return match ? ` Did you mean "${match}"?` : "";
}

/** Drops the diagnostics a directive covers, and marks which rule ids each directive used. */
export function applyDirectives(diagnostics: Diagnostic[], directives: readonly Directive[]): Diagnostic[] {
  if (directives.length === 0) return diagnostics;
  // One-line directives by line; blocks (few) are checked one by one.
  const byLine = new Map<number, Directive[]>();
  const blocks: Directive[] = [];
  for (const directive of directives) {
    if ([...directive.toLine.values()].some((to) => to !== directive.fromLine)) {
      blocks.push(directive);
      continue;
    }
    const onLine = byLine.get(directive.fromLine);
    if (onLine) onLine.push(directive);
    else byLine.set(directive.fromLine, [directive]);
  }
  const covers = (directive: Directive, d: Diagnostic) => directive.fromLine <= d.line && d.line <= (directive.toLine.get(d.ruleId) ?? -1);
  return diagnostics.filter((d) => {
    if (d.ruleId === DIRECTIVE_RULE) return true;
    const directive = byLine.get(d.line)?.find((x) => covers(x, d)) ?? blocks.find((x) => covers(x, d));
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
