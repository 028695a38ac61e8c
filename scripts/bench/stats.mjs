// The numbers the tables print, kept apart from the spawning so they can be tested.

/** The middle value; the mean of the two middle ones for an even count. */
export function median(values) {
  if (values.length === 0) return NaN;
  const sorted = [...values].sort((a, b) => a - b);
  const mid = sorted.length >> 1;
  return sorted.length % 2 ? sorted[mid] : (sorted[mid - 1] + sorted[mid]) / 2;
}

/** The largest finite value: a peak is a maximum, and a run that could not be measured is NaN. */
export function peak(values) {
  const finite = values.filter(Number.isFinite);
  return finite.length ? Math.max(...finite) : NaN;
}

/**
 * For points sorted by size, how much `value` grows per 10× of size between each point and the
 * one before (undefined for the first). Sizes that are not 10× apart are normalised, so a
 * `--quick` run with other steps still reads on the same scale: 10 means linear.
 */
export function growthPer10x(points) {
  return points.map((point, i) => {
    const previous = points[i - 1];
    if (!previous || !(point.size > previous.size) || !(previous.value > 0) || !(point.value > 0)) return undefined;
    return (point.value / previous.value) ** (1 / Math.log10(point.size / previous.size));
  });
}
