// Wall-clock time in an IANA zone to a UTC instant, with Intl only: lint must start fast and
// needs this for a handful of instants per moderator.
const formatters = new Map<string, Intl.DateTimeFormat>();

function formatter(zone: string): Intl.DateTimeFormat {
  let f = formatters.get(zone);
  if (!f) {
    f = new Intl.DateTimeFormat("en-US", {
      timeZone: zone,
      hourCycle: "h23",
      year: "numeric",
      month: "numeric",
      day: "numeric",
      hour: "numeric",
      minute: "numeric",
    });
    formatters.set(zone, f);
  }
  return f;
}

/** The zone's offset from UTC at an instant, in minutes (Amsterdam in winter: 60). */
export function offsetMinutes(zone: string, instant: number): number {
  const parts = Object.fromEntries(formatter(zone).formatToParts(new Date(instant)).map((p) => [p.type, Number(p.value)]));
  const wall = Date.UTC(parts.year!, parts.month! - 1, parts.day!, parts.hour!, parts.minute!);
  return Math.round((wall - Math.floor(instant / 60_000) * 60_000) / 60_000);
}

/**
 * The UTC instant (ms) of a local date and time in a zone. A time in a spring-forward gap moves
 * forward by the gap (02:30 becomes 03:30), as Temporal's "compatible" disambiguation does.
 */
export function zonedToUtc(date: string, time: string, zone: string): number {
  const [y, m, d] = date.split("-").map(Number) as [number, number, number];
  const [h, min] = time.split(":").map(Number) as [number, number];
  const wall = Date.UTC(y, m - 1, d, h, min);
  const first = offsetMinutes(zone, wall);
  const guess = wall - first * 60_000;
  const second = offsetMinutes(zone, guess);
  return second === first ? guess : wall - second * 60_000;
}
