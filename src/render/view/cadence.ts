import type { Cadence } from "../../plan/types.js";
import { formatList } from "../format.js";
import { weekdayName } from "../weekdays.js";

const ordinals = ["", "first", "second", "third", "fourth", "fifth"];

function dayOfMonth(day: number): string {
  if (day < 0) return day === -1 ? "the last day" : `${-day} days before the end`;
  const suffix = day % 10 === 1 && day !== 11 ? "st" : day % 10 === 2 && day !== 12 ? "nd" : day % 10 === 3 && day !== 13 ? "rd" : "th";
  return `the ${day}${suffix}`;
}

/** "Every Tuesday", "Every 2 weeks on Thursday", "Monthly on the first Wednesday", "Monthly on the 15th". */
export function describeCadence(cadence: Cadence): string {
  const interval = cadence.interval ?? 1;
  if (cadence.every === "week") {
    const days = formatList((cadence.weekdays ?? []).map((d) => weekdayName(d, "en", "long")));
    if (interval === 1) return days ? `Every ${days}` : "Weekly";
    return `Every ${interval} weeks${days ? ` on ${days}` : ""}`;
  }
  const every = interval === 1 ? "Monthly" : `Every ${interval} months`;
  if (cadence.nth !== undefined && cadence.weekday) {
    const nth = cadence.nth < 0 ? "last" : (ordinals[cadence.nth] ?? `${cadence.nth}th`);
    return `${every} on the ${nth} ${weekdayName(cadence.weekday, "en", "long")}`;
  }
  if (cadence.day !== undefined) return `${every} on ${dayOfMonth(cadence.day)}`;
  return every;
}
