// Questions more than one section asks: time zones and languages.
import { searchQuestion } from "../builders.js";
import type { SearchQuestion } from "../question.js";
import { searchTimeZones } from "../time-zones.js";
import { timeZone } from "../validators.js";

/** A searchable list of IANA zones; typing "york" finds America/New_York. */
export function timeZoneQuestion(key: string, message: string, preferred: string): SearchQuestion<string> {
  return searchQuestion({
    key,
    message: `${message} (type to search)`,
    default: preferred,
    parse: timeZone,
    search: (term) => searchTimeZones(term, [preferred]).map((zone) => ({ value: zone, name: zone })),
  });
}
