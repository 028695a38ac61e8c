// Time zones are checked with Intl.DateTimeFormat, which accepts every zone the runtime knows
// (including UTC and aliases such as Asia/Kolkata); Intl.supportedValuesOf("timeZone") omits
// some of them, so it only feeds the searchable list, never the check.
import { schemaPatterns } from "../plan/schema-patterns.js";

const zonePattern = new RegExp(schemaPatterns.timeZone);

/** The zone's usual spelling when it is a real IANA zone, otherwise undefined. */
export function canonicalTimeZone(input: string): string | undefined {
  const name = input.trim();
  if (!zonePattern.test(name)) return undefined;
  let resolved: string;
  try {
    resolved = new Intl.DateTimeFormat("en", { timeZone: name }).resolvedOptions().timeZone;
  } catch {
    return undefined;
  }
  // Keep what was typed (Asia/Kolkata stays Asia/Kolkata), only fixing its capitals.
  if (resolved.toLowerCase() === name.toLowerCase()) return resolved;
  const listed = knownZones().find((zone) => zone.toLowerCase() === name.toLowerCase());
  if (listed) return listed;
  // An alias the list lacks, typed in lower case: capitalise its parts as IANA names do.
  return name === name.toLowerCase() ? name.replace(/(^|[/_])([a-z])/g, (_m, sep: string, c: string) => sep + c.toUpperCase()) : name;
}

let zones: string[] | undefined;
function knownZones(): string[] {
  zones ??= [...new Set(["UTC", ...Intl.supportedValuesOf("timeZone")])];
  return zones;
}

/** Zones whose name contains every word typed ("new york", "europe/ams"); the default first. */
export function searchTimeZones(term: string | undefined, preferred: readonly string[] = []): string[] {
  const words = (term ?? "").toLowerCase().split(/[\s_/]+/).filter(Boolean);
  const all = [...new Set([...preferred, ...knownZones()])];
  const matches = all.filter((zone) => {
    const name = zone.toLowerCase();
    return words.every((word) => name.includes(word));
  });
  // A valid zone the list does not hold (an alias) can still be chosen by typing it in full.
  const typed = term ? canonicalTimeZone(term) : undefined;
  if (typed && !matches.includes(typed)) matches.unshift(typed);
  return matches;
}

/** Minutes the zone is ahead of UTC at the given instant (negative west of Greenwich). */
export function utcOffsetMinutes(timeZone: string, at: Date): number {
  const parts = new Intl.DateTimeFormat("en-US", {
    timeZone,
    hourCycle: "h23",
    year: "numeric",
    month: "2-digit",
    day: "2-digit",
    hour: "2-digit",
    minute: "2-digit",
  }).formatToParts(at);
  const get = (type: string) => Number(parts.find((part) => part.type === type)?.value);
  const asUtc = Date.UTC(get("year"), get("month") - 1, get("day"), get("hour"), get("minute"));
  return Math.round((asUtc - Math.floor(at.getTime() / 60_000) * 60_000) / 60_000);
}
