// Questions more than one section asks: time zones and languages.
import { searchQuestion, textQuestion } from "../builders.js";
import type { SearchQuestion, TextQuestion } from "../question.js";
import { searchTimeZones } from "../time-zones.js";
import { languages, showLanguages, timeZone } from "../validators.js";
import { searchZones, zoneLabel } from "../../util/name-table.js";

/** Time zones found by city or country ("oslo", "norway"), shown as "Oslo · Norway — Europe/Oslo". */
export function timeZoneQuestion(key: string, message: string, preferred: string): SearchQuestion<string> {
  return searchQuestion({
    key,
    message: `${message} (type a city or country)`,
    default: preferred,
    parse: timeZone,
    search: (term) => {
      const found = term?.trim() ? [...new Set([...searchZones(term), ...searchTimeZones(term)])] : searchTimeZones(term, [preferred]);
      return found.map((zone) => ({ value: zone, name: zoneLabel(zone) }));
    },
  });
}

/** Languages typed by name or code ("norsk, English", "nb, en"); the default shown by name. */
export function languagesQuestion(key: string, message: string, preferred: string[]): TextQuestion<string[]> {
  return textQuestion({
    key,
    message: `${message} (their names, comma-separated, e.g. English, norsk)`,
    default: preferred,
    parse: (raw) => languages(raw),
    show: showLanguages,
  });
}
