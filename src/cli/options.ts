import { InvalidArgumentError, type Command, type OptionValues } from "@commander-js/extra-typings";
import { isIsoDate } from "../time/dates.js";

/** Option parsers shared by the commands, so every command rejects bad values the same way. */
export function parsePositiveInt(value: string): number {
  const n = Number(value);
  if (!Number.isInteger(n) || n < 1) throw new InvalidArgumentError("expected a whole number above 0");
  return n;
}

/** lint's input limits, for every command that reads a plan; the numbers reach the command as maxBytes/maxAliases. */
export function addPlanLimitOptions<Args extends unknown[], Opts extends OptionValues, Global extends OptionValues>(command: Command<Args, Opts, Global>) {
  return command
    .option("--max-bytes <n>", "refuse plan files larger than this many bytes (default 10 MiB)", parsePositiveInt)
    .option("--max-aliases <n>", "refuse plans whose YAML aliases expand more than this (default 100)", parsePositiveInt);
}

/** A BCP 47 tag as the plan's `language` fields take it: `nl`, `nb`, `pt-BR`. */
export function parseLanguageTag(value: string): string {
  if (!/^[A-Za-z]{2,3}(-[A-Za-z0-9]{1,8})*$/.test(value)) throw new InvalidArgumentError("expected a language tag like nl, nb or pt-BR");
  return value;
}

export function parseIsoDate(value: string): string {
  if (!isIsoDate(value)) throw new InvalidArgumentError("expected a real date like 2027-03-31");
  return value;
}
