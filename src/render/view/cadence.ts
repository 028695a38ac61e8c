import type { Cadence } from "../../plan/types.js";
import { formatList } from "../format.js";
import type { Labels } from "../labels/index.js";
import { weekdayName } from "../weekdays.js";

/** "Every Tuesday", "Every 2 weeks on Thursday", "Monthly on the first Wednesday", "Monthly on the 15th". */
export function describeCadence(cadence: Cadence, L: Labels): string {
  const W = L.cadence;
  const lang = L.locale.tag;
  const interval = cadence.interval ?? 1;
  if (cadence.every === "week") {
    const days = formatList((cadence.weekdays ?? []).map((d) => weekdayName(d, lang, "long")), lang);
    if (interval === 1) return days ? W.everyWeekday(days) : W.weekly;
    return W.everyWeeks(interval, days);
  }
  const every = W.monthly(interval);
  if (cadence.nth !== undefined && cadence.weekday) return W.nthWeekday(every, cadence.nth, weekdayName(cadence.weekday, lang, "long"));
  if (cadence.day !== undefined) return W.dayOfMonth(every, cadence.day);
  return every;
}
