/**
 * Errors the CLI knows how to report in one line. Anything else is a bug: the CLI says
 * "please report" and shows the stack only with --debug.
 */
export const ExitCode = {
  ok: 0,
  findings: 1,
  usage: 2,
  interrupted: 130,
} as const;

export abstract class KnownError extends Error {
  abstract readonly exitCode: number;
  /** A stable, greppable identifier, e.g. `E_FILE_NOT_FOUND`. */
  readonly code: string;
  /** A suggestion for what to do next, printed on its own line. */
  readonly hint: string | undefined;

  constructor(code: string, message: string, hint?: string) {
    super(message);
    this.code = code;
    this.hint = hint;
  }
}

/** The command line itself is wrong: unknown option, bad value, glob matching nothing. */
export class UsageError extends KnownError {
  readonly exitCode = ExitCode.usage;
  override readonly name = "UsageError";
}

/** An input cannot be used at all: missing, unreadable, binary, too large, not a plan. */
export class InputError extends KnownError {
  readonly exitCode = ExitCode.usage;
  override readonly name = "InputError";
  /** The file the error is about, shown in parentheses after the message. */
  readonly file: string | undefined;

  constructor(code: string, message: string, options: { file?: string; hint?: string } = {}) {
    super(code, message, options.hint);
    this.file = options.file;
  }

  /** The same error about `file`, named as the person typed it rather than as resolved. */
  withFile(file: string): InputError {
    return new InputError(this.code, this.message, { file, hint: this.hint });
  }
}

/** The person stopped the run (Ctrl-C in a prompt). */
export class InterruptedError extends KnownError {
  readonly exitCode = ExitCode.interrupted;
  override readonly name = "InterruptedError";
}

/** `community-plan: <what went wrong> (<where>)`, and the hint on a second line. */
export function formatKnownError(error: KnownError): string {
  const where = error instanceof InputError && error.file ? ` (${error.file})` : "";
  const hint = error.hint ? `\n  hint: ${error.hint}` : "";
  return `community-plan: ${error.message}${where}${hint}\n`;
}
