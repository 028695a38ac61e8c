import type { Plan } from "../../plan/types.js";
import { escapeMermaid, Trusted } from "../escape.js";
import { timelineSections } from "./timeline-items.js";
import type { Labels } from "../labels/index.js";

/** The plan's dated items as a Mermaid Gantt chart; null when the plan has none. */
export function timelineMermaid(plan: Plan, L: Labels): Trusted | null {
  const sections = timelineSections(plan, L);
  if (sections.length === 0) return null;
  const lines = ["gantt", `  title ${escapeMermaid(plan.community.name)}`, "  dateFormat YYYY-MM-DD", "  axisFormat %b %Y"];
  for (const section of sections) {
    lines.push(`  section ${section.name}`);
    for (const item of section.items) {
      const label = escapeMermaid(item.label);
      if (item.kind === "milestone") lines.push(`    ${label} :milestone, ${item.start}, 0d`);
      else lines.push(`    ${label} :${item.kind === "break" ? "crit, " : ""}${item.start}, ${item.end}`);
    }
  }
  return new Trusted(lines.join("\n"));
}
