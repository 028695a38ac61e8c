#!/usr/bin/env node
// Writes src/time/zone-rules.generated.ts: each zone's yearly rule (a fixed offset, or two
// changes a year on "the first Sunday on or after the 25th at 02:00"), read from this Node's Intl
// and kept only for the years, up to LAST_YEAR, in which it gives exactly Intl's offsets, checked
// year by year with the runtime's own expandRule. Zones whose changes follow no such rule
// (Morocco's Ramadan, for one) are left out and asked of Intl. The table records the tz data it
// was checked against; src/time/zone-rules.ts uses it only on a Node with one of those. Run after
// `npm run build` (it imports dist/time/zone-rules.js), whenever Node's tz data changes. With
// `--merge`, run on a Node with other tz data, it keeps the table's rules this Node's Intl agrees
// with (a zone whose rule differs is dropped, so Intl is asked for it) and adds this tz release to
// the ones checked: users on Node 22 and 24 carry newer tz data than the Node 20 that builds.
import { writeFileSync } from "node:fs";
import path from "node:path";
import { fileURLToPath } from "node:url";

const root = path.resolve(path.dirname(fileURLToPath(import.meta.url)), "..");
const { expandRule } = await import(path.join(root, "dist/time/zone-rules.js"));
const { knownTimeZoneNames } = await import(path.join(root, "dist/time/zone-names.js"));
const merge = process.argv.includes("--merge");
const previous = merge ? await import(path.join(root, "dist/time/zone-rules.generated.js")) : undefined;

const FIRST_YEAR = 1970;
const LAST_YEAR = 2100;
const WEEK_MS = 7 * 86_400_000;
const MINUTE_MS = 60_000;

function offsetReader(zone) {
  const format = new Intl.DateTimeFormat("en-US", { timeZone: zone, timeZoneName: "longOffset" });
  return (epochMs) => {
    const match = /GMT(?:([+-])(\d\d):(\d\d)(?::(\d\d))?)?$/.exec(format.format(epochMs));
    if (!match[1]) return 0;
    const minutes = Number(match[2]) * 60 + Number(match[3]) + Number(match[4] ?? 0) / 60;
    return Math.round(match[1] === "-" ? -minutes : minutes) || 0;
  };
}

/** Intl's table for a year, found the way zone-offsets.ts finds it: weekly probes, then to the second. */
function intlYear(offsetAt, year) {
  const start = Date.UTC(year, 0, 1);
  const end = Date.UTC(year + 1, 0, 1);
  const table = [[start, offsetAt(start)]];
  for (let at = Math.min(start + WEEK_MS, end); ; at = Math.min(at + WEEK_MS, end)) {
    const previous = table[table.length - 1][1];
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

/** A change's place on the wall clock before it: [month, weekday, day, minutes]. */
function wallChange(at, offsetBefore) {
  const wall = new Date(at + offsetBefore * MINUTE_MS);
  return [wall.getUTCMonth() + 1, wall.getUTCDay(), wall.getUTCDate(), wall.getUTCHours() * 60 + wall.getUTCMinutes()];
}

/** The rule the last years follow, or undefined when they follow none. */
function inferRule(tables) {
  const last = tables[0];
  if (last.length === 1) return [0, last[0][1]];
  if (last.length !== 3) return undefined;
  const [, offset1] = last[1];
  const offset2 = last[2][1];
  const changes = [1, 2].map((i) => {
    const before = i === 1 ? offset2 : offset1;
    const seen = tables.filter((t) => t.length === 3).map((t) => wallChange(t[i][0], before));
    return [seen[0][0], seen[0][1], Math.min(...seen.map((c) => c[2])), seen[0][3]];
  });
  return [0, offset1, offset2, ...changes[0], ...changes[1]];
}

const same = (a, b) => a.length === b.length && a.every(([at, offset], i) => at === b[i][0] && offset === b[i][1]);

const rules = {};
const zones = knownTimeZoneNames().sort();
for (const zone of zones) {
  const offsetAt = offsetReader(zone);
  const cache = new Map();
  const year = (y) => cache.get(y) ?? (cache.set(y, intlYear(offsetAt, y)), cache.get(y));
  // 28 years hold every weekday a date can fall on, so the earliest day is seen.
  const rule = inferRule(Array.from({ length: 28 }, (_, i) => year(LAST_YEAR - i)));
  if (!rule) continue;
  let first = LAST_YEAR + 1;
  while (first > FIRST_YEAR && same(expandRule(rule, first - 1), year(first - 1))) first--;
  if (first > LAST_YEAR) continue;
  rule[0] = first;
  rules[zone] = rule;
}

// Merging: a rule stays only where both tz releases give the same one, from the later first year.
const sameRule = (a, b) => a.length === b.length && a.every((value, i) => i === 0 || value === b[i]);
const kept = previous
  ? Object.fromEntries(
      Object.entries(rules)
        .filter(([zone, rule]) => previous.ZONE_RULES[zone] !== undefined && sameRule(previous.ZONE_RULES[zone], rule))
        .map(([zone, rule]) => [zone, [Math.max(previous.ZONE_RULES[zone][0], rule[0]), ...rule.slice(1)]]),
    )
  : rules;
const checkedTz = [...new Set([...(previous?.CHECKED_TZ ?? []), process.versions.tz])].sort();

const out = path.join(root, "src/time/zone-rules.generated.ts");
writeFileSync(
  out,
  [
    "// Generated by scripts/generate-zone-rules.mjs from Intl.DateTimeFormat. Do not edit.",
    'import type { ZoneRule } from "./zone-rules.js";',
    "/** The ICU and tz data of the last run, which checked every rule against its Intl (the tests do on the same data). */",
    `export const GENERATED_FROM = ${JSON.stringify({ icu: process.versions.icu, cldr: process.versions.cldr, tz: process.versions.tz })} as const;`,
    "/** Every tz release the rules were checked against; zone-rules.ts uses them on a Node with one of these. */",
    `export const CHECKED_TZ: readonly string[] = ${JSON.stringify(checkedTz)};`,
    "/** The last year the rules were checked against Intl. */",
    `export const LAST_YEAR = ${LAST_YEAR};`,
    "/** [first year, ...] per zone: see ZoneRule. */",
    `export const ZONE_RULES: Readonly<Record<string, ZoneRule>> = ${JSON.stringify(kept)};`,
    "",
  ].join("\n"),
);
console.log(`wrote rules for ${Object.keys(kept).length} of ${zones.length} zones, checked against tz ${checkedTz.join(", ")}, to ${path.relative(root, out)}`);
