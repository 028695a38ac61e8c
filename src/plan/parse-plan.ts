import type { Finding } from "../core/finding.js";
import type { SourceComment } from "./cst-comments.js";
import { linePositions, type LinePositions } from "./line-positions.js";
import type { Locate } from "./locate.js";
import { readSimpleYaml } from "./simple-yaml/read-simple-yaml.js";

export interface ParsedPlan {
  /** Where paths are in the source, for findings; see parsePlan for when it costs a parse. */
  locate: () => Promise<Locate>;
  lineCounter: LinePositions;
  /** YAML syntax and duplicate-key findings. */
  findings: Finding[];
  /** The plain data, when the text parsed without errors. */
  data?: unknown;
  /** The YAML comments, in source order; empty unless `comments` was asked for. */
  comments: SourceComment[];
}

export interface ParseOptions {
  file: string;
  maxAliases?: number;
  /** Also collect the comments (for disable directives), from the same parse. */
  comments?: boolean;
}

/**
 * Parses plan text as YAML 1.2 (core schema, no custom or YAML 1.1 tags), keeping source
 * positions. Throws InputError only when the text cannot be a plan at all; problems a person
 * can fix in the file come back as findings.
 */
export async function parsePlan(text: string, options: ParseOptions): Promise<ParsedPlan> {
  // Most plans are plain YAML that the simple reader takes in a fraction of yaml's time. Their
  // source positions are wanted only for findings, so yaml is loaded, and parses such a plan,
  // only when the first finding needs locating: a clean plan, the common case in CI, never is.
  const simple = readSimpleYaml(text);
  if (simple) {
    let locate: Promise<Locate> | undefined;
    return {
      locate: () => (locate ??= import("./parse-yaml.js").then(({ yamlLocator }) => yamlLocator(text))),
      lineCounter: linePositions(simple.lineStarts),
      findings: [],
      data: simple.data,
      comments: options.comments ? simple.comments : [],
    };
  }
  const { parseWithYaml } = await import("./parse-yaml.js");
  return parseWithYaml(text, options);
}
