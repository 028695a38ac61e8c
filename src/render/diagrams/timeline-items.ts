import type { Plan } from "../../plan/types.js";
import { formatFromTo } from "../format.js";
import { humanize } from "../../plan/enum-labels.js";
import { resolveTargetValue } from "../view/targets.js";

export interface TimelineItem {
  label: string;
  start: string;
  /** Set for spans (contests, breaks); a milestone has none. */
  end: string | null;
  kind: "milestone" | "span" | "break";
}

export interface TimelineSection {
  name: string;
  items: TimelineItem[];
}

/** The dated things in a plan, grouped as the year-at-a-glance charts show them; empty sections dropped. */
export function timelineSections(plan: Plan): TimelineSection[] {
  const milestone = (label: string, date: string): TimelineItem => ({ label, start: date, end: null, kind: "milestone" });
  const sections: TimelineSection[] = [
    {
      name: "Launch",
      items: [
        ...(plan.launch?.date ? [milestone("Launch", plan.launch.date)] : []),
        ...(plan.launch?.steps ?? []).filter((s) => s.due).map((s) => milestone(s.title, s.due!)),
      ],
    },
    { name: "Events", items: (plan.content?.events ?? []).map((e) => milestone(e.title, e.date)) },
    {
      name: "Contests",
      items: (plan.engagement?.contests ?? [])
        .filter((k) => k.start && k.end)
        .map((k) => ({ label: k.title, start: k.start!, end: k.end!, kind: "span" as const })),
    },
    {
      name: "Target deadlines",
      items: plan.targets
        .filter((t) => t.deadline)
        .map((t) => milestone(`${humanize(t.metric)} ${formatFromTo(t.baseline, resolveTargetValue(t), t.unit)}`, t.deadline!)),
    },
    {
      name: "Breaks",
      items: (plan.content?.blackouts ?? []).map((b) => ({ label: b.reason ?? "Break", start: b.from, end: b.to ?? b.from, kind: "break" as const })),
    },
  ];
  return sections.filter((section) => section.items.length > 0);
}
