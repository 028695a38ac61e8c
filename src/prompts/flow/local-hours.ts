// Whether a time in one zone falls at an awkward hour for members in other zones.
import type { Persona } from "../../plan/types.js";
import { DEFAULT_REASONABLE_HOURS } from "../../lint/lint-text.js";
import { utcOffsetMinutes } from "../../time/zone-offsets.js";

const toMinutes = (time: string) => Number(time.slice(0, 2)) * 60 + Number(time.slice(3, 5));

/** The audience's zones in which `time` (in `zone`, on `day`) is outside the default reasonable hours. */
export function awkwardFor(audience: readonly Persona[], time: string, zone: string, day: string): string[] {
  const noon = Date.parse(`${day}T12:00:00Z`);
  const utc = toMinutes(time) - utcOffsetMinutes(zone, noon);
  const start = toMinutes(DEFAULT_REASONABLE_HOURS.start);
  const end = toMinutes(DEFAULT_REASONABLE_HOURS.end);
  const zones = [...new Set(audience.flatMap((persona) => persona.timeZones))];
  return zones.filter((other) => {
    const local = (((utc + utcOffsetMinutes(other, noon)) % 1440) + 1440) % 1440;
    return local < start || local > end;
  });
}
