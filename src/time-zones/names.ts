// Which IANA zone names the runtime knows. The first `new Intl.DateTimeFormat` of a process
// loads ICU's locale and pattern data, about 25 ms, so the usual case is answered from
// Intl.supportedValuesOf (about 3 ms, no formatter); only a name missing from that list
// (an alias such as Asia/Kolkata or US/Eastern, or a typo) is checked with a formatter.

let canonical: ReadonlySet<string> | undefined;
const resolved = new Map<string, string | undefined>();

/** Intl.supportedValuesOf lists canonical names only and leaves out UTC. */
function canonicalNames(): ReadonlySet<string> {
  canonical ??= new Set(["UTC", ...Intl.supportedValuesOf("timeZone")]);
  return canonical;
}

/**
 * The runtime's own id for a zone name (what process.env.TZ and ICU accept), or undefined when
 * the runtime does not know it. Offset strings such as "+05:00" are not zones.
 */
export function resolveTimeZone(name: string): string | undefined {
  if (canonicalNames().has(name)) return name;
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

/** Canonical zone names plus the common aliases people write, for "did you mean". */
export function knownTimeZoneNames(): string[] {
  return [...canonicalNames(), "Asia/Kolkata", "Europe/Kyiv"];
}
