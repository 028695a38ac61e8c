import type { Plan } from "../../plan/types.js";
import { formatFromTo } from "../format.js";
import { metricName } from "../view/enum-labels.js";
import { resolveTargetValue } from "../view/targets.js";
import type { Labels } from "../labels/index.js";

export interface TimelineItem {
  label: string;
  start: string;
  /** Set for spans (contests, breaks); a milestone has none. */
  end: string | null;
  kind: "milestone" | "span" | "break";
}

export interface TimelineSection {
  /** Picks the colour; `name` is in the document's language. */
  key: keyof Labels["diagrams"]["sections"];
  name: string;
  items: TimelineItem[];
}

/** The dated things in a plan, grouped as the year-at-a-glance charts show them; empty sections dropped. */
export function timelineSections(plan: Plan, L: Labels): TimelineSection[] {
  const names = L.diagrams.sections;
  const milestone = (label: string, date: string): TimelineItem => ({ label, start: date, end: null, kind: "milestone" });
  const sections: TimelineSection[] = [
    {
      key: "launch",
      name: names.launch,
      items: [
        ...(plan.launch?.date ? [milestone(L.diagrams.launch, plan.launch.date)] : []),
        ...(plan.launch?.steps ?? []).filter((s) => s.due).map((s) => milestone(s.title, s.due!)),
      ],
    },
    { key: "events", name: names.events, items: (plan.content?.events ?? []).map((e) => milestone(e.title, e.date)) },
    {
      key: "contests",
      name: names.contests,
      items: (plan.engagement?.contests ?? [])
        .filter((k) => k.start && k.end)
        .map((k) => ({ label: k.title, start: k.start!, end: k.end!, kind: "span" as const })),
    },
    {
      key: "deadlines",
      name: names.deadlines,
      items: plan.targets
        .filter((t) => t.deadline)
        .map((t) => milestone(`${metricName(L, t.metric)} ${formatFromTo(t.baseline, resolveTargetValue(t), t.unit, L.locale.tag)}`, t.deadline!)),
    },
    {
      key: "breaks",
      name: names.breaks,
      items: (plan.content?.blackouts ?? []).map((b) => ({ label: b.reason ?? L.diagrams.break, start: b.from, end: b.to ?? b.from, kind: "break" as const })),
    },
  ];
  return sections.filter((section) => section.items.length > 0);
}
