import { escapeMermaid, Trusted } from "../escape.js";

export interface JourneyStep {
  name: string;
  description: string;
  target: string | null;
}

/** The levels left to right, each arrow labelled with what moves members up; a dotted arrow where nothing does. */
export function journeyMermaid<L extends JourneyStep & { moveUp: string[] }>(levels: readonly L[], stepLabel: (level: L) => string): Trusted {
  const lines = ["flowchart LR"];
  levels.forEach((level, i) => {
    const target = level.target ? `<br/><i>${escapeMermaid(level.target)}</i>` : "";
    lines.push(`  l${i}["<b>${escapeMermaid(level.name)}</b><br/><small>${escapeMermaid(level.description)}</small>${target}"]`);
  });
  levels.slice(0, -1).forEach((level, i) => {
    const label = escapeMermaid(stepLabel(level));
    lines.push(level.moveUp.length > 0 ? `  l${i} -->|"${label}"| l${i + 1}` : `  l${i} -.->|"${label}"| l${i + 1}`);
  });
  lines.push("  classDef level fill:#eef2ff,stroke:#4f46e5,color:#1e1b4b");
  if (levels.length > 0) lines.push(`  class ${levels.map((_, i) => `l${i}`).join(",")} level`);
  return new Trusted(lines.join("\n"));
}
