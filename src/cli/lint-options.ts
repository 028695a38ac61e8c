import { InvalidArgumentError } from "@commander-js/extra-typings";
import type { SeveritySetting } from "../plan/types.js";
import { formatterNames, isLintFormat } from "../outputs/lint/index.js";

const SETTINGS: readonly SeveritySetting[] = ["off", "warn", "error"];

/**
 * `--rule <id>=off|warn|error`, repeatable. Whether the id exists is checked by the lint command,
 * so that starting the CLI does not load every rule.
 */
export function collectRuleSetting(value: string, previous: Record<string, SeveritySetting> = {}): Record<string, SeveritySetting> {
  const match = /^([^=]+)=(.*)$/.exec(value);
  if (!match) throw new InvalidArgumentError("expected <rule-id>=off|warn|error");
  const [id, setting] = [match[1]!.trim(), match[2]!.trim()];
  const known = SETTINGS.find((candidate) => candidate === setting);
  if (known === undefined) throw new InvalidArgumentError(`the severity must be one of: ${SETTINGS.join(", ")}`);
  return { ...previous, [id]: known };
}

export interface ReportTarget {
  format: string;
  file: string;
}

/** `--report <format>=<file>`, repeatable: extra outputs written beside the main one. */
export function collectReport(value: string, previous: ReportTarget[] = []): ReportTarget[] {
  const match = /^([a-z]+)=(.+)$/.exec(value);
  if (!match) throw new InvalidArgumentError("expected <format>=<file>, e.g. sarif=lint.sarif");
  if (!isLintFormat(match[1]!)) throw new InvalidArgumentError(`unknown format "${match[1]}"; use one of: ${formatterNames.join(", ")}`);
  return [...previous, { format: match[1], file: match[2]! }];
}

export function parseNonNegativeInt(value: string): number {
  const n = Number(value);
  if (!/^\d+$/.test(value.trim()) || !Number.isSafeInteger(n)) throw new InvalidArgumentError("expected a whole number, 0 or more");
  return n;
}

/** `--max-warnings <n>`: 0 and up, or -1 for no limit (as ESLint takes it). */
export function parseMaxWarnings(value: string): number {
  // Infinity, not undefined: commander keeps the raw text when a parser returns undefined.
  if (value.trim() === "-1") return Number.POSITIVE_INFINITY;
  try {
    return parseNonNegativeInt(value);
  } catch {
    throw new InvalidArgumentError("expected a whole number, 0 or more, or -1 for no limit");
  }
}
