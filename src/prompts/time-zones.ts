// Zone names as a person types them into init: checked by the one validator the linter uses too,
// spelled the way IANA does, and searchable by any words of the name.
import { schemaPatterns } from "../plan/schema-patterns.js";
import { knownTimeZoneNames, resolveTimeZone } from "../time/zone-names.js";

const zonePattern = new RegExp(schemaPatterns.timeZone);

/** The zone's usual spelling when it is a real IANA zone, otherwise undefined. */
export function canonicalTimeZone(input: string): string | undefined {
  const name = input.trim();
  if (!zonePattern.test(name)) return undefined;
  const resolved = resolveTimeZone(name);
  if (resolved === undefined) return undefined;
  // Keep what was typed (Asia/Kolkata stays Asia/Kolkata), only fixing its capitals.
  if (resolved.toLowerCase() === name.toLowerCase()) return resolved;
  const listed = knownZones().find((zone) => zone.toLowerCase() === name.toLowerCase());
  if (listed) return listed;
  // An alias the list lacks, typed in lower case: capitalise its parts as IANA names do.
  return name === name.toLowerCase() ? name.replace(/(^|[/_])([a-z])/g, (_m, sep: string, c: string) => sep + c.toUpperCase()) : name;
}

let zones: string[] | undefined;
function knownZones(): string[] {
  zones ??= knownTimeZoneNames();
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
