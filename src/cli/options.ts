import { InvalidArgumentError } from "commander";
import { isIsoDate } from "../util/dates.js";

/** Option parsers shared by the commands, so every command rejects bad values the same way. */
export function parsePositiveInt(value: string): number {
  const n = Number(value);
  if (!Number.isInteger(n) || n < 1) throw new InvalidArgumentError("expected a whole number above 0");
  return n;
}

export function parseIsoDate(value: string): string {
  if (!isIsoDate(value)) throw new InvalidArgumentError("expected a real date like 2027-03-31");
  return value;
}
