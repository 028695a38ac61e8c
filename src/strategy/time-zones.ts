const valid = new Map<string, boolean>();

/**
 * Whether the runtime knows the IANA zone. Intl.DateTimeFormat accepts every zone and alias the
 * runtime has; Intl.supportedValuesOf("timeZone") lists only canonical names and leaves out
 * valid ones such as `Asia/Kolkata` and `UTC`, so it is used for suggestions only.
 */
export function isValidTimeZone(zone: string): boolean {
  let known = valid.get(zone);
  if (known === undefined) {
    try {
      new Intl.DateTimeFormat("en-US", { timeZone: zone });
      known = true;
    } catch {
      known = false;
    }
    valid.set(zone, known);
  }
  return known;
}

/** Canonical zone names plus the common aliases people write, for "did you mean". */
export function knownTimeZoneNames(): string[] {
  return [...Intl.supportedValuesOf("timeZone"), "UTC", "Asia/Kolkata", "Europe/Kyiv"];
}
