// The persona → channel map as inline SVG for the HTML document: drawn by our code, no scripts,
// no fonts or images fetched, every plan string escaped.
import { clip } from "./clip.js";
import type { Plan } from "../../plan/types.js";
import { escapeXml, Trusted } from "../escape.js";
import { channelDescription, enumLabel } from "../view/enum-labels.js";
import type { Labels } from "../labels/index.js";

const WIDTH = 880;
const BOX_W = 290;
const BOX_H = 50;
const ROW = 66;
const TOP = 44;
const palette = ["#4f46e5", "#0891b2", "#d97706", "#db2777", "#059669", "#7c3aed", "#2563eb", "#65a30d"];

interface Box {
  x: number;
  y: number;
  title: string;
  subtitle: string;
  stroke: string;
  fill: string;
  dashed?: boolean;
}

function box(b: Box): string {
  const dash = b.dashed ? ' stroke-dasharray="5 4"' : "";
  return [
    `<g><title>${escapeXml(b.title)}</title>`,
    `<rect x="${b.x}" y="${b.y}" width="${BOX_W}" height="${BOX_H}" rx="10" fill="${b.fill}" stroke="${b.stroke}" stroke-width="1.5"${dash}/>`,
    `<text x="${b.x + 14}" y="${b.y + 21}" font-size="14" font-weight="600" fill="#111827">${escapeXml(clip(b.title, 34))}</text>`,
    `<text x="${b.x + 14}" y="${b.y + 39}" font-size="12" fill="#6b7280">${escapeXml(clip(b.subtitle, 42))}</text></g>`,
  ].join("");
}

export function channelMapSvg(plan: Plan, L: Labels): Trusted {
  const rows = Math.max(plan.personas.length, plan.channels.length, 1);
  const height = TOP + rows * ROW + 8;
  const offset = (count: number) => TOP + ((rows - count) * ROW) / 2;
  const personaY = (i: number) => offset(plan.personas.length) + i * ROW;
  const channelY = (j: number) => offset(plan.channels.length) + j * ROW;
  const left = 20;
  const right = WIDTH - 20 - BOX_W;
  const parts: string[] = [];
  plan.personas.forEach((p, i) => {
    const colour = palette[i % palette.length]!;
    plan.channels.forEach((c, j) => {
      if (!c.audience?.includes(p.id)) return;
      const x1 = left + BOX_W;
      const y1 = personaY(i) + BOX_H / 2;
      const x2 = right - 4;
      const y2 = channelY(j) + BOX_H / 2;
      const mid = (x1 + x2) / 2;
      parts.push(
        `<path d="M${x1} ${y1} C${mid} ${y1}, ${mid} ${y2}, ${x2} ${y2}" fill="none" stroke="${colour}" stroke-width="2" stroke-opacity="0.75" marker-end="url(#arrow-${i % palette.length})"/>`,
      );
    });
  });
  plan.personas.forEach((p, i) => {
    const reached = plan.channels.some((c) => c.audience?.includes(p.id));
    const style = [enumLabel(L, "communication", p.communication), p.languages.join(", ")].filter(Boolean).join(" · ");
    parts.push(
      box({
        x: left,
        y: personaY(i),
        title: p.name,
        subtitle: reached ? style : L.diagrams.unreached,
        stroke: reached ? palette[i % palette.length]! : "#dc2626",
        fill: reached ? "#ffffff" : "#fef2f2",
        dashed: !reached,
      }),
    );
  });
  plan.channels.forEach((c, j) => {
    parts.push(box({ x: right, y: channelY(j), title: c.name, subtitle: channelDescription(c, L), stroke: "#9ca3af", fill: "#f9fafb" }));
  });
  const markers = palette
    .map((colour, k) => `<marker id="arrow-${k}" viewBox="0 0 10 10" refX="9" refY="5" markerWidth="7" markerHeight="7" orient="auto"><path d="M0 0 L10 5 L0 10 z" fill="${colour}"/></marker>`)
    .join("");
  const heading = (x: number, text: string) =>
    `<text x="${x}" y="24" font-size="12" font-weight="700" letter-spacing="0.08em" fill="#6b7280">${text}</text>`;
  return new Trusted(
    [
      `<svg class="diagram" xmlns="http://www.w3.org/2000/svg" viewBox="0 0 ${WIDTH} ${height}" width="100%" role="img" aria-label="${escapeXml(L.diagrams.map)}" font-family="system-ui, -apple-system, 'Segoe UI', Roboto, sans-serif">`,
      `<defs>${markers}</defs>`,
      heading(left, escapeXml(L.diagrams.personas.toUpperCase())),
      heading(right, escapeXml(L.diagrams.channels.toUpperCase())),
      ...parts,
      "</svg>",
    ].join("\n"),
  );
}
