// Which holiday codes exist, from the generated table: lint and the calendar check a plan's
// `content.holidays` without loading the holiday library.
import { HOLIDAY_REGIONS } from "./holiday-regions.generated.js";

let known: ReadonlySet<string> | undefined;

/** "NL", "DE-BY": a country or subdivision date-holidays has public holidays for. */
export function isHolidayRegion(code: string): boolean {
  known ??= new Set(HOLIDAY_REGIONS);
  return known.has(code);
}
