// UTC offsets of IANA zones, from Intl.DateTimeFormat's "longOffset" zone names (GMT+05:30), with
// no process-wide side effect. A formatter call costs microseconds and the first one in a
// process starts ICU's formatting (tens of ms), so each zone-year is read once into a table: the
// offset every week, and where two weeks differ, a binary search for the second the clock
// changed (changes are months apart in every zone's rules; a test compares every zone with Intl
// for 1970–2100). Lookups are then a search in that table. Most zone-years never reach Intl:
// zone-rules.ts gives their table from the zone's yearly rule when the runtime's tz data is the
// rules' own, and a lint then starts no ICU formatting at all.

import { resolveTimeZone } from "./zone-names.js";
import { ruleYearTable, type YearTable } from "./zone-rules.js";

const WEEK_MS = 7 * 86_400_000;

const tables = new Map<string, Map<number, YearTable>>();
const formats = new Map<string, Intl.DateTimeFormat>();

/** A stretch of time with one offset; most lookups fall in the zone's last one. */
interface Span {
  from: number;
  to: number;
  offset: number;
}

const lastSpans = new Map<string, Span>();

/** Minutes east of UTC in `zone` at an instant. Throws a RangeError for an unknown zone, as Intl does. */
export function utcOffsetMinutes(zone: string, epochMs: number): number {
  const last = lastSpans.get(zone);
  if (last && last.from <= epochMs && epochMs < last.to) return last.offset;
  const id = resolveTimeZone(zone);
  if (id === undefined) throw new RangeError(`Invalid time zone specified: ${zone}`);
  const year = new Date(epochMs).getUTCFullYear();
  const table = yearTable(id, year);
  let low = 0;
  let high = table.length - 1;
  while (low < high) {
    const mid = (low + high + 1) >> 1;
    if (table[mid]![0] <= epochMs) low = mid;
    else high = mid - 1;
  }
  const [from, offset] = table[low]!;
  lastSpans.set(zone, { from, to: table[low + 1]?.[0] ?? yearStart(year + 1), offset });
  return offset;
}

function yearTable(zone: string, year: number): YearTable {
  let years = tables.get(zone);
  if (!years) tables.set(zone, (years = new Map<number, YearTable>()));
  let table = years.get(year);
  if (!table) {
    // The zone's yearly rule when this Node's tz data is the rules' own; Intl otherwise.
    table = ruleYearTable(zone, year) ?? readYear(offsetReader(zone), year);
    years.set(year, table);
  }
  return table;
}

function readYear(offsetAt: (epochMs: number) => number, year: number): YearTable {
  const start = yearStart(year);
  const end = yearStart(year + 1);
  const table: Array<readonly [number, number]> = [[start, offsetAt(start)]];
  for (let at = Math.min(start + WEEK_MS, end); ; at = Math.min(at + WEEK_MS, end)) {
    const previous = table[table.length - 1]![1];
    if (offsetAt(at) !== previous) {
      let low = Math.max(at - WEEK_MS, start);
      let high = at;
      while (high - low > 1000) {
        const mid = low + Math.floor((high - low) / 2000) * 1000;
        if (offsetAt(mid) === previous) low = mid;
        else high = mid;
      }
      if (high < end) table.push([high, offsetAt(high)]);
    }
    if (at === end) return table;
  }
}

/** The zone's offset at an instant, read from the "GMT+05:30" (or "GMT-00:44:30", or "GMT") that ends the formatted date. */
function offsetReader(zone: string): (epochMs: number) => number {
  let format = formats.get(zone);
  if (!format) formats.set(zone, (format = new Intl.DateTimeFormat("en-US", { timeZone: zone, timeZoneName: "longOffset" })));
  const formatter = format;
  return (epochMs) => {
    // format() and a match at the end: formatToParts builds an object per part and costs about
    // twenty times as much, and a zone-year takes some ninety of these calls.
    const text = formatter.format(epochMs);
    const match = /GMT(?:([+-])(\d\d):(\d\d)(?::(\d\d))?)?$/.exec(text);
    if (!match) throw new Error(`unexpected offset "${text}" for ${zone}`);
    if (!match[1]) return 0;
    const minutes = Number(match[2]) * 60 + Number(match[3]) + Number(match[4] ?? 0) / 60;
    // Rounded as a whole minute, the way the offset of a wall-clock minute is; `|| 0`: never -0.
    return Math.round(match[1] === "-" ? -minutes : minutes) || 0;
  };
}

function yearStart(year: number): number {
  const date = new Date(0);
  date.setUTCFullYear(year, 0, 1);
  return date.getTime();
}
