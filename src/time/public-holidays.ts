// Public holidays from date-holidays, an offline dataset kept by its community for 200 countries.
// Only this module imports it, and only through import() (src/calendar/holidays.ts), so plans
// without holidays never load it or its data (the bundle leaves it outside: it is installed beside us).
import Holidays from "date-holidays";

export interface PublicHoliday {
  /** The local date, YYYY-MM-DD. */
  date: string;
  /** The code it was asked for: "NL", "DE-BY". */
  region: string;
  /** The holiday's name per language as date-holidays spells its codes (en, nl, no, jp …). */
  names: Readonly<Record<string, string>>;
  /** The name in the region's own (first) language: what a document in a language the dataset lacks shows. */
  local: string;
}

/** A region's public holidays in a year: only `type: "public"`, not observances or bank holidays. */
export type HolidayYears = (region: string, year: number) => readonly PublicHoliday[];

interface RuleNames {
  name?: Record<string, string>;
}

/** A lookup that builds each region's library object once and each region-year once. */
export function publicHolidayYears(): HolidayYears {
  const libraries = new Map<string, Holidays>();
  const years = new Map<string, readonly PublicHoliday[]>();
  return (region, year) => {
    const key = `${region}:${year}`;
    let list = years.get(key);
    if (list !== undefined) return list;
    let library = libraries.get(region);
    if (library === undefined) {
      const [country = "", state] = region.split("-");
      library = state === undefined ? new Holidays(country, { types: ["public"] }) : new Holidays(country, state, { types: ["public"] });
      libraries.set(region, library);
    }
    const rules = (library as unknown as { holidays: Record<string, RuleNames> }).holidays;
    const own = library.getLanguages()[0] ?? "en";
    list = library.getHolidays(year, "en")
      .filter((holiday) => holiday.type === "public")
      .map((holiday) => {
        const names = namesOf(rules[holiday.rule], holiday.name);
        return { date: holiday.date.slice(0, 10), region, names, local: names[own] ?? holiday.name };
      });
    years.set(key, list);
    return list;
  };
}

/** Every translation the dataset has; the English name it gave when the rule has none. */
function namesOf(rule: RuleNames | undefined, english: string): Record<string, string> {
  return { ...(rule?.name ?? {}), en: rule?.name?.en ?? english };
}
