import type { LatestValue, Observation } from "./types.js";

/**
 * The latest value of every metric observed on or before `today`, so nothing measured is dropped
 * from a report, whether a target, the review or nobody watches it. On one day, an observation
 * without a channel (the whole community) wins over a channel's. Observations come sorted by date.
 */
export function latestValues(observations: readonly Observation[], today: string): LatestValue[] {
  const latest = new Map<string, LatestValue>();
  for (const o of observations) {
    if (o.date > today) continue;
    const current = latest.get(o.metric);
    const replaces = !current || o.date > current.date || (o.date === current.date && current.channel !== undefined && o.channel === undefined);
    const next: LatestValue = replaces ? { metric: o.metric, date: o.date, value: o.value, ...(o.channel === undefined ? {} : { channel: o.channel }) } : current;
    const note = o.note === undefined ? current?.note : { date: o.date, text: o.note };
    latest.set(o.metric, { ...next, ...(note === undefined ? {} : { note }) });
  }
  return [...latest.values()];
}
