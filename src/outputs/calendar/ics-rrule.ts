// A series' cadence as an RFC 5545 RRULE (§3.3.10). The rule counts its instances (COUNT) from
// the first date of the series' window, so no UNTIL instant has to be worked out in a zone.
import type { Cadence } from "../../plan/types.js";
import { WEEKDAYS } from "../../time/civil-date.js";

const BYDAY = { mon: "MO", tue: "TU", wed: "WE", thu: "TH", fri: "FR", sat: "SA", sun: "SU" } as const;

/**
 * WKST=MO because the plan counts "every 2 weeks" in Monday-to-Sunday weeks; DTSTART is always
 * one of the cadence's own dates, so RFC 5545's interval counts from the same week or month as
 * src/time/recurrence.ts does. Day 31 and a fifth weekday skip short months in both.
 */
export function rrule(cadence: Cadence, count: number): string {
  const interval = cadence.interval ?? 1;
  const parts = [`FREQ=${cadence.every === "week" ? "WEEKLY" : "MONTHLY"}`];
  if (interval !== 1) parts.push(`INTERVAL=${interval}`);
  if (cadence.every === "week") {
    const days = WEEKDAYS.filter((day) => cadence.weekdays?.includes(day));
    parts.push(`BYDAY=${days.map((day) => BYDAY[day]).join(",")}`, "WKST=MO");
  } else if (cadence.day !== undefined) {
    parts.push(`BYMONTHDAY=${cadence.day}`);
  } else if (cadence.nth !== undefined && cadence.weekday !== undefined) {
    parts.push(`BYDAY=${cadence.nth}${BYDAY[cadence.weekday]}`);
  }
  parts.push(`COUNT=${count}`);
  return `RRULE:${parts.join(";")}`;
}
