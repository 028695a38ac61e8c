// Reads our ICS output with ical.js, an independent RFC 5545 implementation, so the tests do not
// trust our own writer to check itself.
import ICAL from "ical.js";

export interface ParsedEvent {
  uid: string;
  summary: string;
  description: string;
  tzid: string | null;
  startUtcMs: number;
  durationSeconds: number;
}

export function parseIcs(text: string): { calendar: ICAL.Component; events: ParsedEvent[] } {
  const calendar = new ICAL.Component(ICAL.parse(text));
  ICAL.TimezoneService.reset();
  for (const vtimezone of calendar.getAllSubcomponents("vtimezone")) {
    ICAL.TimezoneService.register(new ICAL.Timezone(vtimezone));
  }
  const events = calendar.getAllSubcomponents("vevent").map((component) => {
    const event = new ICAL.Event(component);
    const dtstart = component.getFirstProperty("dtstart");
    const tzid = dtstart?.getParameter("tzid");
    const start = event.startDate;
    // Resolve the zone through the registered VTIMEZONE, not a database ical.js might carry.
    if (typeof tzid === "string") start.zone = ICAL.TimezoneService.get(tzid);
    return {
      uid: event.uid,
      summary: event.summary,
      description: event.description,
      tzid: typeof tzid === "string" ? tzid : null,
      startUtcMs: start.toUnixTime() * 1000,
      durationSeconds: event.duration.toSeconds(),
    };
  });
  return { calendar, events };
}
