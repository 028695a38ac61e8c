import type { Plan } from "../../plan/types.js";
import { escapeMermaid, Trusted } from "../escape.js";
import { formatFromTo } from "../format.js";
import { humanize } from "../view/enum-labels.js";
import { resolveTargetValue } from "../view/targets.js";

/**
 * The plan's year as a Gantt chart: launch, events, contests, target deadlines and breaks.
 * Null when the plan has no dated items at all.
 */
export function timelineMermaid(plan: Plan): Trusted | null {
  const sections: Array<[string, string[]]> = [];
  const milestone = (name: string, date: string) => `    ${escapeMermaid(name)} :milestone, ${date}, 0d`;
  const launch = [
    ...(plan.launch?.date ? [milestone("Launch", plan.launch.date)] : []),
    ...(plan.launch?.steps ?? []).filter((s) => s.due).map((s) => milestone(s.title, s.due!)),
  ];
  sections.push(["Launch", launch]);
  sections.push(["Events", (plan.content?.events ?? []).map((e) => milestone(e.title, e.date))]);
  sections.push([
    "Contests",
    (plan.engagement?.contests ?? []).filter((k) => k.start && k.end).map((k) => `    ${escapeMermaid(k.title)} :${k.start}, ${k.end}`),
  ]);
  sections.push([
    "Target deadlines",
    plan.targets
      .filter((t) => t.deadline)
      .map((t) => milestone(`${humanize(t.metric)} ${formatFromTo(t.baseline, resolveTargetValue(t), t.unit)}`, t.deadline!)),
  ]);
  sections.push([
    "Breaks",
    (plan.content?.blackouts ?? []).map((b) => `    ${escapeMermaid(b.reason ?? "Break")} :crit, ${b.from}, ${b.to ?? b.from}`),
  ]);
  const filled = sections.filter(([, items]) => items.length > 0);
  if (filled.length === 0) return null;
  const lines = ["gantt", `  title ${escapeMermaid(plan.community.name)}`, "  dateFormat YYYY-MM-DD", "  axisFormat %b %Y"];
  for (const [name, items] of filled) lines.push(`  section ${name}`, ...items);
  return new Trusted(lines.join("\n"));
}
