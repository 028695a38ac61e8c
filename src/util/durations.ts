/** Minutes in a duration written like `45m`, `1h30m`, `48h` or `2d` (the schema's format). */
export function durationMinutes(text: string): number | undefined {
  const match = /^(?=\d)(?:(\d+)d)?(?:(\d+)h)?(?:(\d+)m)?$/.exec(text);
  if (!match) return undefined;
  const [days, hours, minutes] = [match[1], match[2], match[3]].map((part) => Number(part ?? 0)) as [number, number, number];
  return days * 24 * 60 + hours * 60 + minutes;
}

/** Minutes back into the same notation, largest units first: 2670 → `1d20h30m`. */
export function formatMinutes(total: number): string {
  const rounded = Math.round(total);
  if (rounded <= 0) return "0m";
  const days = Math.floor(rounded / 1440);
  const hours = Math.floor((rounded % 1440) / 60);
  const minutes = rounded % 60;
  return `${days ? `${days}d` : ""}${hours ? `${hours}h` : ""}${minutes ? `${minutes}m` : ""}`;
}
