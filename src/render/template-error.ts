import { ExitCode, KnownError } from "../core/errors.js";

/** A template that cannot render: a missing field, an unknown helper, a syntax error. */
export class TemplateError extends KnownError {
  readonly exitCode = ExitCode.usage;
  override readonly name = "TemplateError";
  constructor(
    readonly template: string,
    readonly line: number | undefined,
    readonly column: number | undefined,
    detail: string,
  ) {
    const where = line === undefined ? template : `${template}:${line}${column === undefined ? "" : `:${column}`}`;
    super("E_TEMPLATE", `template error in ${where}: ${detail}`, "fix the template, or remove it from --templates to use the default");
  }
}

interface HandlebarsLikeError {
  message?: string;
  lineNumber?: number;
  column?: number;
}

/** Turns a Handlebars exception into a TemplateError naming the template file and 1-based line. */
export function toTemplateError(error: unknown, template: string): unknown {
  if (error instanceof TemplateError) return error;
  if (!(error instanceof Error)) return error;
  const hb = error as HandlebarsLikeError;
  const raw = error.message;
  const parseLine = /Parse error on line (\d+)/.exec(raw);
  const line = hb.lineNumber ?? (parseLine ? Number(parseLine[1]) : undefined);
  const column = hb.column === undefined || parseLine ? undefined : hb.column + 1;
  const detail = raw
    .replace(/ - \d+:\d+$/, "")
    .replace(/ not defined in \[object Object\]$/, " is not defined")
    .replace(/ not defined in .*$/s, " is not defined")
    .replace(/^Parse error on line \d+:\n/, "syntax error:\n")
    .replace(/^You specified knownHelpersOnly, but used the unknown helper (\S+)$/, 'unknown helper "$1"');
  return new TemplateError(template, line, column, detail.split("\n")[0] === "syntax error:" ? detail.replace(/\n/g, " ") : detail);
}
