import { isIsoDate } from "../../time/dates.js";
import { wallClock } from "../../time/zoned-time.js";

const MONTHS = ["jan", "feb", "mar", "apr", "may", "jun", "jul", "aug", "sep", "oct", "nov", "dec"];
const STAMP = /^(\d{4}-\d{2}-\d{2})[T ](\d{2}:\d{2}(?::\d{2}(?:\.\d+)?)?)\s*(Z|UTC|[+-]\d{2}:?\d{2})?$/i;
const SPELLED = /^([A-Za-z]{3})[a-z]*\.? (\d{1,2}),? (\d{4})$/;

/**
 * The community's calendar day of a date or timestamp in an export. A bare day (Discourse's
 * report rows, already in the site's zone) is kept; a timestamp is an instant, UTC unless it
 * says otherwise (Discord's interval starts, Slack's "(UTC)" columns), seen from `zone`.
 * Slack's spelled dates ("Mar 30, 2027") are days. Undefined when it is none of these.
 */
export function exportDay(text: string, zone: string): string | undefined {
  const trimmed = text.trim();
  if (isIsoDate(trimmed)) return trimmed;
  const stamp = STAMP.exec(trimmed);
  if (stamp) {
    const offset = !stamp[3] || /^(z|utc)$/i.test(stamp[3]) ? "Z" : stamp[3].replace(/^([+-]\d{2})(\d{2})$/, "$1:$2");
    const ms = Date.parse(`${stamp[1]}T${stamp[2]}${offset}`);
    return Number.isNaN(ms) ? undefined : wallClock(zone, ms).date;
  }
  const spelled = SPELLED.exec(trimmed);
  if (spelled) {
    const month = MONTHS.indexOf(spelled[1]!.toLowerCase()) + 1;
    const date = `${spelled[3]}-${String(month).padStart(2, "0")}-${spelled[2]!.padStart(2, "0")}`;
    return month > 0 && isIsoDate(date) ? date : undefined;
  }
  return undefined;
}

const NUMBER = /^[+-]?(\d+(\.\d*)?|\.\d+)([eE][+-]?\d+)?$/;

/** A number cell; exports write `1234.5`, sometimes `12%` for a share. Blank is undefined. */
export function exportNumber(text: string): number | undefined | "bad" {
  const trimmed = text.trim().replace(/%$/, "");
  if (trimmed === "") return undefined;
  return NUMBER.test(trimmed) ? Number(trimmed) : "bad";
}
