// Offsets of a zone-year from the zone's current yearly rule, so a lint need not start ICU's
// date formatting (about 25 ms and 8 MiB the first time in a process) for the zones plans use.
// The rules (zone-rules.generated.ts) are read from this Node's Intl by
// scripts/generate-zone-rules.mjs, which keeps a zone's rule only for the years in which it gives
// exactly Intl's offsets; they are used only when the runtime's tz data is a release they were
// checked against (CHECKED_TZ), because a newer tz release may change a country's rules. Otherwise,
// and for years or zones without a rule, zone-offsets.ts asks Intl as before.
import { CHECKED_TZ, LAST_YEAR, ZONE_RULES } from "./zone-rules.generated.js";

const DAY_MS = 86_400_000;
const MINUTE_MS = 60_000;

/** Offset changes within one UTC year: [from epoch ms, minutes east of UTC], ascending. */
export type YearTable = ReadonlyArray<readonly [number, number]>;

/**
 * A zone's rule from its first year on. Fixed: [firstYear, offset]. Two changes a year:
 * [firstYear, offset1, offset2, ...change1, ...change2], the changes in calendar order, each
 * [month, weekday (0 = Sunday), earliest day of the month, wall-clock minutes]: the first such
 * weekday on or after that day, at that time on the clock that was running before the change.
 * The first change sets offset1, the second offset2, which runs on into the next year.
 */
export type ZoneRule = readonly number[];

/** The year's table from the zone's rule, or undefined when Intl must be asked. */
export function ruleYearTable(zone: string, year: number, runtimeTz = process.versions.tz): YearTable | undefined {
  if (runtimeTz === undefined || !CHECKED_TZ.includes(runtimeTz)) return undefined;
  const rule = ZONE_RULES[zone];
  if (rule === undefined || year < rule[0]! || year > LAST_YEAR) return undefined;
  return expandRule(rule, year);
}

/** The offsets a rule gives in one UTC year. */
export function expandRule(rule: ZoneRule, year: number): YearTable {
  const start = Date.UTC(year, 0, 1);
  if (rule.length === 2) return [[start, rule[1]!]];
  const [, offset1, offset2, m1, w1, d1, t1, m2, w2, d2, t2] = rule as [number, number, number, number, number, number, number, number, number, number, number];
  return [
    [start, offset2],
    [changeAt(year, m1, w1, d1, t1, offset2), offset1],
    [changeAt(year, m2, w2, d2, t2, offset1), offset2],
  ];
}

function changeAt(year: number, month: number, weekday: number, earliestDay: number, minutes: number, offsetBefore: number): number {
  const earliest = Date.UTC(year, month - 1, earliestDay);
  const day = earliest + ((weekday - new Date(earliest).getUTCDay() + 7) % 7) * DAY_MS;
  return day + (minutes - offsetBefore) * MINUTE_MS;
}
