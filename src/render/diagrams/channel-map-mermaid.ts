import type { Plan } from "../../plan/types.js";
import { escapeMermaid, Trusted } from "../escape.js";
import { channelDescription } from "../view/enum-labels.js";
import type { Labels } from "../labels/index.js";

/** Personas on the left, channels on the right, an arrow for each channel that reaches a persona. */
export function channelMapMermaid(plan: Plan, L: Labels): Trusted {
  const lines = ["flowchart LR"];
  lines.push(`  subgraph personas["${escapeMermaid(L.diagrams.personas)}"]`);
  plan.personas.forEach((p, i) => lines.push(`    p${i}["${escapeMermaid(p.name)}"]`));
  lines.push("  end");
  lines.push(`  subgraph channels["${escapeMermaid(L.diagrams.channels)}"]`);
  plan.channels.forEach((c, i) => lines.push(`    c${i}["${escapeMermaid(c.name)}<br/><small>${escapeMermaid(channelDescription(c, L))}</small>"]`));
  lines.push("  end");
  plan.personas.forEach((p, i) => { plan.channels.forEach((c, j) => {
      if (c.audience?.includes(p.id)) lines.push(`  p${i} --> c${j}`);
    }); },
  );
  const unreached = plan.personas.flatMap((p, i) => (plan.channels.some((c) => c.audience?.includes(p.id)) ? [] : [`p${i}`]));
  lines.push("  classDef persona fill:#eef2ff,stroke:#4f46e5,color:#1e1b4b");
  lines.push("  classDef channel fill:#ecfdf5,stroke:#059669,color:#064e3b");
  if (plan.personas.length > 0) lines.push(`  class ${plan.personas.map((_, i) => `p${i}`).join(",")} persona`);
  if (plan.channels.length > 0) lines.push(`  class ${plan.channels.map((_, i) => `c${i}`).join(",")} channel`);
  if (unreached.length > 0) {
    lines.push("  classDef unreached fill:#fef2f2,stroke:#dc2626,color:#7f1d1d,stroke-dasharray:4 3");
    lines.push(`  class ${unreached.join(",")} unreached`);
  }
  return new Trusted(lines.join("\n"));
}
