// Which IANA zone names the runtime knows. The first `new Intl.DateTimeFormat` of a process
// loads ICU's locale and pattern data, about 25 ms, and even Intl.supportedValuesOf takes about
// 3 ms, so the usual case is answered from the list ICU gave at build time
// (zone-names.generated.ts, which a test holds to this runtime's Intl.supportedValuesOf); only a
// name missing from it (a legacy alias such as US/Eastern, or a typo) is checked with a formatter.
import { LISTED_ZONE_NAMES } from "./zone-names.generated.js";

/**
 * Today's IANA names of zones that ICU lists under an older name (Asia/Calcutta, Europe/Kiev),
 * so Intl.supportedValuesOf leaves them out; plans use the new names. Every runtime with time
 * zone data accepts them, and a test checks that this one does.
 */
const CURRENT_NAMES_ICU_LISTS_AS_ALIASES = [
  "UTC",
  "Etc/UTC",
  "Etc/GMT",
  "Africa/Asmara",
  "America/Argentina/Buenos_Aires",
  "America/Argentina/Catamarca",
  "America/Argentina/Cordoba",
  "America/Argentina/Jujuy",
  "America/Argentina/Mendoza",
  "America/Atikokan",
  "America/Indiana/Indianapolis",
  "America/Kentucky/Louisville",
  "America/Nuuk",
  "Asia/Ho_Chi_Minh",
  "Asia/Kathmandu",
  "Asia/Kolkata",
  "Asia/Yangon",
  "Atlantic/Faroe",
  "Europe/Kyiv",
  "Pacific/Chuuk",
  "Pacific/Kanton",
  "Pacific/Pohnpei",
];

let known: ReadonlySet<string> | undefined;
const resolved = new Map<string, string | undefined>();

function knownNames(): ReadonlySet<string> {
  known ??= new Set([...LISTED_ZONE_NAMES, ...CURRENT_NAMES_ICU_LISTS_AS_ALIASES]);
  return known;
}

/**
 * The runtime's own id for a zone name (what process.env.TZ and ICU accept), or undefined when
 * the runtime does not know it. Offset strings such as "+05:00" are not zones.
 */
export function resolveTimeZone(name: string): string | undefined {
  if (knownNames().has(name)) return name;
  if (resolved.has(name)) return resolved.get(name);
  let id: string | undefined;
  if (/^[A-Za-z]/.test(name)) {
    try {
      id = new Intl.DateTimeFormat("en-US", { timeZone: name }).resolvedOptions().timeZone;
    } catch {
      id = undefined;
    }
  }
  resolved.set(name, id);
  return id;
}

/** Whether the runtime knows the IANA zone, by its canonical name or an alias. */
export function isTimeZone(name: string): boolean {
  return resolveTimeZone(name) !== undefined;
}

/** The zone names people write, for lists and "did you mean"; aliases such as US/Eastern are valid but not listed. */
export function knownTimeZoneNames(): string[] {
  return [...knownNames()];
}
