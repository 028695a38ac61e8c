import { reviewMetricNames } from "../plan/watched-metrics.js";
import type { Plan, Target } from "../plan/types.js";
import { closest } from "../util/closest.js";
import type { ActualsIssue, Observation } from "./types.js";
import { compareStrings } from "../util/compare.js";

export interface Matched {
  /** Observations per target id, oldest first, at most one per date. */
  byTarget: Map<string, Observation[]>;
  warnings: ActualsIssue[];
}

/**
 * A target takes the observations of its metric; when both the target and the observation name
 * a channel, the channels must be equal. If several observations match one target on one day,
 * the one whose channel matches exactly wins (none for none); a tie keeps the later line, warned.
 */
export function matchObservations(plan: Plan, observations: readonly Observation[]): Matched {
  const targets = plan.targets;
  const warnings = unknownNameWarnings(plan, observations);
  const byTarget = new Map<string, Observation[]>();
  for (const target of targets) {
    const byDate = new Map<string, Observation[]>();
    for (const o of observations) {
      if (o.metric !== target.metric) continue;
      if (o.channel !== undefined && target.channel !== undefined && o.channel !== target.channel) continue;
      byDate.set(o.date, [...(byDate.get(o.date) ?? []), o]);
    }
    const chosen: Observation[] = [];
    for (const [date, candidates] of [...byDate].sort(([a], [b]) => compareStrings(a, b))) {
      const exact = candidates.filter((o) => o.channel === target.channel);
      const pool = exact.length > 0 ? exact : candidates;
      const pick = pool.reduce((a, b) => (b.line > a.line ? b : a));
      if (pool.length > 1) warnings.push(ambiguity(target, date, pool, pick));
      chosen.push(pick);
    }
    byTarget.set(target.id, chosen);
  }
  warnings.sort((a, b) => a.line - b.line || compareStrings(a.code, b.code));
  return { byTarget, warnings };
}

function ambiguity(target: Target, date: string, pool: readonly Observation[], pick: Observation): ActualsIssue {
  const channels = pool
    .map((o) => o.channel ?? "(none)")
    .sort()
    .join(", ");
  return {
    severity: "warning",
    code: "ambiguous-channel",
    message: `target "${target.id}" matches ${pool.length} observations on ${date} (channels ${channels}); the one on line ${pick.line} is used; give the target a channel, or add a row without a channel for the total`,
    line: pick.line,
  };
}

/** One warning per unknown metric or channel, at its first line, naming the closest known name. */
function unknownNameWarnings(plan: Plan, observations: readonly Observation[]): ActualsIssue[] {
  const targetMetrics = [...new Set(plan.targets.map((t) => t.metric))].sort();
  // Metrics the review tracks without a target are known, just not measured against anything.
  const known = new Set([...targetMetrics, ...reviewMetricNames(plan)]);
  const channels = plan.channels.map((c) => c.id).sort();
  const warnings: ActualsIssue[] = [];
  const seen = new Set<string>();
  for (const o of observations) {
    if (!known.has(o.metric) && !seen.has(`m:${o.metric}`)) {
      seen.add(`m:${o.metric}`);
      const count = observations.filter((x) => x.metric === o.metric).length;
      warnings.push({
        severity: "warning",
        code: "unknown-metric",
        message: `metric "${o.metric}" is not in the plan (${count} ${count === 1 ? "observation" : "observations"} ignored)${suggest(o.metric, targetMetrics, "metrics")}`,
        line: o.line,
      });
    }
    if (o.channel !== undefined && !channels.includes(o.channel) && !seen.has(`c:${o.channel}`)) {
      seen.add(`c:${o.channel}`);
      warnings.push({
        severity: "warning",
        code: "unknown-channel",
        message: `channel "${o.channel}" is not a channel of the plan${suggest(o.channel, channels, "channels")}`,
        line: o.line,
      });
    }
  }
  return warnings;
}

function suggest(name: string, candidates: readonly string[], what: string): string {
  if (candidates.length === 0) return "";
  const near = closest(name, candidates);
  return near ? `; did you mean "${near}"?` : `; the plan's ${what} are ${candidates.map((c) => `"${c}"`).join(", ")}`;
}
