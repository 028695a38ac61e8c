// Quarter arithmetic on YYYY-MM-DD strings, in UTC so the machine's zone never shifts a date.

function parts(iso: string): [number, number, number] {
  const [y, m, d] = iso.split("-").map(Number) as [number, number, number];
  return [y, m, d];
}

const iso = (date: Date) => date.toISOString().slice(0, 10);

/** The last day of the quarter `ahead` quarters after the one holding `today` (1 = next quarter). */
export function endOfQuarter(today: string, ahead: number): string {
  const [y, m] = parts(today);
  const quarter = Math.floor((m - 1) / 3) + ahead;
  // Day 0 of the month after the quarter's last month is that quarter's last day.
  return iso(new Date(Date.UTC(y, quarter * 3 + 3, 0)));
}

export function addDays(day: string, days: number): string {
  const [y, m, d] = parts(day);
  return iso(new Date(Date.UTC(y, m - 1, d + days)));
}
