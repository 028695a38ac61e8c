// The plan's public holidays (`content.holidays`): loaded once per plan before a calendar is
// built, looked up by date while it is built. The library comes in through import() only when
// the plan names a region, so lint and the calendars of other plans never load it.
import { InputError } from "../core/errors.js";
import type { Plan } from "../plan/types.js";
import { isHolidayRegion } from "../time/holiday-regions.js";
import type { HolidayYears, PublicHoliday } from "../time/public-holidays.js";
import { compareStrings } from "../util/compare.js";

/** One holiday on one date, with every listed region that keeps it. */
export interface Holiday {
  /** Stable across ranges: the regions and the date (NL-2027-04-27), numbered when a region has two that day. */
  id: string;
  date: string;
  /** Sorted codes from `content.holidays`: "DE-BY", "NL". */
  regions: string[];
  /** The English name, for the machine formats and reasons. */
  name: string;
  /** How many regions the plan lists: with more than one, titles say which a holiday belongs to. */
  listedRegions: number;
  /** Every name the dataset has, by its language codes. */
  names: Readonly<Record<string, string>>;
  /** The name in the (first listed) region's own language. */
  local: string;
}

const loaded = new WeakMap<Plan, HolidayYears>();

export function holidayRegions(plan: Plan): readonly string[] {
  return plan.content?.holidays ?? [];
}

/**
 * Makes the plan's holidays available to buildCalendar and buildSchedule. A plan without
 * `content.holidays` loads nothing. An unknown code is an InputError (lint reports it with its
 * line first; this is for `--force` and the API).
 */
export async function loadHolidays(plan: Plan): Promise<void> {
  const regions = holidayRegions(plan);
  const unknown = regions.filter((code) => !isHolidayRegion(code));
  if (unknown.length > 0) {
    throw new InputError("E_HOLIDAY_REGION", `content.holidays: no public holidays are known for ${unknown.map((code) => `"${code}"`).join(", ")}`, {
      hint: "use an ISO 3166 country code, optionally with a subdivision: NL, NO, DE-BY",
    });
  }
  if (regions.length === 0 || loaded.has(plan)) return;
  const { publicHolidayYears } = await import("../time/public-holidays.js");
  useHolidays(plan, publicHolidayYears());
}

/** loadHolidays with the library already in hand: for callers that imported it themselves (tests). */
export function useHolidays(plan: Plan, years: HolidayYears): void {
  loaded.set(plan, years);
}

/** The plan's holidays in [from, to], by date and name; empty for a plan without holidays. */
export function holidaysBetween(plan: Plan, from: string, to: string): Holiday[] {
  const regions = holidayRegions(plan);
  if (regions.length === 0 || from > to) return [];
  const years = loaded.get(plan);
  if (years === undefined) throw new Error("the plan's holidays were not loaded: call loadHolidays(plan) before building its calendar");
  const byKey = new Map<string, Holiday>();
  for (let year = Number(from.slice(0, 4)); year <= Number(to.slice(0, 4)); year++) {
    for (const region of regions) {
      for (const holiday of years(region, year)) {
        if (holiday.date < from || holiday.date > to) continue;
        addHoliday(byKey, holiday, regions.length);
      }
    }
  }
  const sorted = [...byKey.values()]
    .map((holiday) => ({ ...holiday, regions: [...holiday.regions].sort(compareStrings) }))
    .sort((a, b) => compareStrings(a.date, b.date) || compareStrings(a.name, b.name));
  // Two holidays on one day in the same regions (Norway's Constitution Day and Whit Monday) stay apart.
  const seen = new Map<string, number>();
  for (const holiday of sorted) {
    const base = `${holiday.regions.join("+")}-${holiday.date}`;
    const count = (seen.get(base) ?? 0) + 1;
    seen.set(base, count);
    holiday.id = count === 1 ? base : `${base}-${count}`;
  }
  return sorted;
}

/** The same holiday in two regions (Christmas in NL and DE-BY) is one item naming both. */
function addHoliday(byKey: Map<string, Holiday>, holiday: PublicHoliday, listedRegions: number): void {
  const name = holiday.names.en ?? "";
  const key = `${holiday.date}\u0000${name}`;
  const known = byKey.get(key);
  if (known === undefined) byKey.set(key, { id: "", date: holiday.date, regions: [holiday.region], name, listedRegions, names: holiday.names, local: holiday.local });
  else if (!known.regions.includes(holiday.region)) known.regions.push(holiday.region);
}

const byYear = new WeakMap<Plan, Map<number, ReadonlyMap<string, Holiday[]>>>();
const NONE: readonly Holiday[] = [];

/** The plan's holidays on one date (each year computed once); empty for a plan without holidays. */
export function holidaysOn(plan: Plan, date: string): readonly Holiday[] {
  if (holidayRegions(plan).length === 0) return NONE;
  let years = byYear.get(plan);
  if (years === undefined) byYear.set(plan, (years = new Map<number, ReadonlyMap<string, Holiday[]>>()));
  const year = Number(date.slice(0, 4));
  let index = years.get(year);
  if (index === undefined) {
    const map = new Map<string, Holiday[]>();
    for (const holiday of holidaysBetween(plan, `${date.slice(0, 4)}-01-01`, `${date.slice(0, 4)}-12-31`)) {
      const list = map.get(holiday.date);
      if (list === undefined) map.set(holiday.date, [holiday]);
      else list.push(holiday);
    }
    years.set(year, (index = map));
  }
  return index.get(date) ?? NONE;
}

/** "King's Day", or "Christmas Day (DE-BY, NL)" when the plan lists several regions; `name` in a document's language. */
export function holidayLabel(holiday: Holiday, name: string = holiday.name): string {
  return holiday.listedRegions > 1 ? `${name} (${holiday.regions.join(", ")})` : name;
}

/**
 * The name in a document language (date-holidays writes "no" for Norwegian and "jp" for
 * Japanese); where the dataset lacks that language, the name the region itself uses, as a
 * proper name, rather than English in a document that is not.
 */
export function holidayName(holiday: Pick<Holiday, "names" | "local">, lang: string): string {
  const base = lang.split("-")[0] ?? lang;
  const code = ({ nb: "no", nn: "no", ja: "jp" } as Record<string, string>)[base] ?? base;
  return holiday.names[base] ?? holiday.names[code] ?? holiday.local;
}
