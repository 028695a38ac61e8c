// Expands our ICS output with ical.js, an independent RFC 5545 implementation (RRULE, EXDATE,
// RECURRENCE-ID and VTIMEZONE included), so the recurring export is checked occurrence by
// occurrence against the calendar's own expansion without trusting our writer.
import ICAL from "ical.js";

export interface ExpandedOccurrence {
  uid: string;
  /** The local date it happens: DTSTART's date in its zone (a moved occurrence's new date, not RECURRENCE-ID's). */
  date: string;
  utc: string;
  durationSeconds: number;
  summary: string;
  transp: string | null;
}

/**
 * Every occurrence whose scheduled local date lies in [from, to]. A DTSTART written in UTC (an
 * ambiguous DST hour) carries no zone, so its date is read in the zone of X-COMMUNITY-PLAN-TZID
 * when given, else UTC.
 */
export function expandIcs(text: string, from: string, to: string): ExpandedOccurrence[] {
  const calendar = new ICAL.Component(ICAL.parse(text));
  const components = calendar.getAllSubcomponents("vevent");
  const masters = components.filter((c) => !c.hasProperty("recurrence-id"));
  const out: ExpandedOccurrence[] = [];
  for (const component of masters) {
    // Without options ical.js relates every RECURRENCE-ID component in the file to every event.
    const event = new ICAL.Event(component, { strictExceptions: true, exceptions: [] });
    for (const exception of components) {
      if (exception.hasProperty("recurrence-id") && exception.getFirstPropertyValue("uid") === event.uid) event.relateException(exception);
    }
    const add = (start: ICAL.Time, end: ICAL.Time, item: ICAL.Event): void => {
      const zoneId = item.component.getFirstPropertyValue("x-community-plan-tzid");
      const local = start.zone === ICAL.Timezone.utcTimezone && typeof zoneId === "string" ? start.convertToZone(calendar.getTimeZoneByID(zoneId)) : start;
      const date = local.toString().slice(0, 10);
      if (date < from || date > to) return;
      out.push({
        uid: event.uid,
        date,
        utc: new Date(start.toUnixTime() * 1000).toISOString().replace(".000", ""),
        durationSeconds: end.subtractDate(start).toSeconds(),
        summary: item.summary,
        transp: (item.component.getFirstPropertyValue("transp") as string | null) ?? null,
      });
    };
    if (!event.isRecurring()) {
      add(event.startDate, event.endDate, event);
      continue;
    }
    const iterator = event.iterator();
    // ical.js types next() as always a Time; it returns undefined when the rule's COUNT is spent.
    for (let next = iterator.next() as ICAL.Time | undefined; next !== undefined; next = iterator.next() as ICAL.Time | undefined) {
      // A rule date up to a week past the range may be moved back into it (onHoliday: previous-day).
      if (next.toString().slice(0, 10) > horizonAfter(to)) break;
      const details = event.getOccurrenceDetails(next);
      add(details.startDate, details.endDate, details.item);
    }
  }
  return out.sort((a, b) => a.utc.localeCompare(b.utc) || a.uid.localeCompare(b.uid));
}

/** `to` plus eight days, as YYYY-MM-DD. */
function horizonAfter(to: string): string {
  return new Date(Date.parse(`${to}T00:00:00Z`) + 8 * 86_400_000).toISOString().slice(0, 10);
}
