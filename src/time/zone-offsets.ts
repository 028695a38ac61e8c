// UTC offsets of IANA zones without Intl.DateTimeFormat, whose first use costs every run about
// 25 ms of ICU start-up. V8's own Date knows the zone rules of whatever process.env.TZ names
// (Node re-reads it on every assignment, a documented feature), and asking it is cheap once the
// zone is set. So each zone-year is read once, with TZ set for the length of one synchronous
// call and then put back: the offset at the start of every day, and where two days differ, a
// binary search for the second the clock changed. Lookups are then a search in that table.
// The same ICU rules answer either way; a test compares the two for every zone.

import { resolveTimeZone } from "./zone-names.js";

const DAY_MS = 86_400_000;

/** Offset changes within one UTC year: [from epoch ms, minutes east of UTC], ascending. */
type YearTable = ReadonlyArray<readonly [number, number]>;

const tables = new Map<string, Map<number, YearTable>>();

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
  // An unknown TZ would make V8 fall back to UTC silently, so only the runtime's own ids go in.
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
  if (!years) tables.set(zone, (years = new Map()));
  let table = years.get(year);
  if (!table) {
    table = withProcessZone(zone, () => readYear(year));
    years.set(year, table);
  }
  return table;
}

/** Reads the year's offsets from Date, which follows the process zone. */
function readYear(year: number): YearTable {
  const start = yearStart(year);
  const end = yearStart(year + 1);
  const table: Array<readonly [number, number]> = [[start, localOffset(start)]];
  // Changes are months apart in every zone's rules, so daily samples see each one.
  for (let at = start + DAY_MS; at <= end; at += DAY_MS) {
    const previous = table[table.length - 1]![1];
    if (localOffset(at) === previous) continue;
    let low = at - DAY_MS;
    let high = at;
    while (high - low > 1000) {
      const mid = low + Math.floor((high - low) / 2000) * 1000;
      if (localOffset(mid) === previous) low = mid;
      else high = mid;
    }
    if (high < end) table.push([high, localOffset(high)]);
  }
  return table;
}

function yearStart(year: number): number {
  const date = new Date(0);
  date.setUTCFullYear(year, 0, 1);
  return date.getTime();
}

function localOffset(epochMs: number): number {
  // `|| 0`: UTC is +0, never -0.
  return -Math.round(new Date(epochMs).getTimezoneOffset()) || 0;
}

/** Runs `read` with process.env.TZ set to `zone`, and puts TZ back however `read` ends. */
function withProcessZone<T>(zone: string, read: () => T): T {
  const saved = process.env.TZ;
  process.env.TZ = zone;
  try {
    return read();
  } finally {
    if (saved === undefined) delete process.env.TZ;
    else process.env.TZ = saved;
  }
}
