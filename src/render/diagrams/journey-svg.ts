// The member journey as inline SVG: a staircase rising from first contact (bottom left) to
// leadership (top right), each step labelled with what moves members up. Every plan string is escaped.
import { escapeXml, Trusted } from "../escape.js";
import { clip } from "./clip.js";
import type { JourneyStep } from "./journey-mermaid.js";

const WIDTH = 880;
const BOX_W = 470;
const BOX_H = 66;
const GAP = 34;
const TOP = 12;

export function journeySvg<L extends JourneyStep & { moveUp: string[] }>(levels: readonly L[], stepLabel: (level: L) => string, label: string): Trusted {
  const n = levels.length;
  const step = n > 1 ? (WIDTH - 40 - BOX_W) / (n - 1) : 0;
  const x = (i: number) => 20 + i * step;
  const y = (i: number) => TOP + (n - 1 - i) * (BOX_H + GAP);
  const height = TOP + n * (BOX_H + GAP) - GAP + 12;
  const parts: string[] = [];
  levels.forEach((level, i) => {
    const [bx, by] = [x(i), y(i)];
    parts.push(
      [
        `<g><title>${escapeXml(level.name)}: ${escapeXml(level.description)}</title>`,
        `<rect x="${bx}" y="${by}" width="${BOX_W}" height="${BOX_H}" rx="10" fill="#eef2ff" stroke="#4f46e5" stroke-width="1.5"/>`,
        `<text x="${bx + 14}" y="${by + 21}" font-size="14" font-weight="600" fill="#1e1b4b">${escapeXml(clip(level.name, 40))}</text>`,
        `<text x="${bx + 14}" y="${by + 39}" font-size="12" fill="#4b5563">${escapeXml(clip(level.description, 70))}</text>`,
        level.target ? `<text x="${bx + 14}" y="${by + 56}" font-size="12" fill="#059669">${escapeXml(clip(level.target, 70))}</text>` : "",
        "</g>",
      ].join(""),
    );
  });
  levels.slice(0, -1).forEach((level, i) => {
    const ax = x(i + 1) + 24;
    const [from, to] = [y(i), y(i + 1) + BOX_H + 4];
    const stuck = level.moveUp.length === 0;
    const colour = stuck ? "#dc2626" : "#4f46e5";
    const dash = stuck ? ' stroke-dasharray="5 4"' : "";
    parts.push(`<path d="M${ax} ${from} L${ax} ${to}" stroke="${colour}" stroke-width="2"${dash} marker-end="url(#journey-arrow-${stuck ? "stuck" : "up"})"/>`);
    parts.push(`<text x="${ax + 12}" y="${(from + to) / 2 + 4}" font-size="12" fill="${colour}">${escapeXml(clip(stepLabel(level), 60))}</text>`);
  });
  const marker = (id: string, colour: string) =>
    `<marker id="journey-arrow-${id}" viewBox="0 0 10 10" refX="9" refY="5" markerWidth="7" markerHeight="7" orient="auto"><path d="M0 0 L10 5 L0 10 z" fill="${colour}"/></marker>`;
  return new Trusted(
    [
      `<svg class="diagram" xmlns="http://www.w3.org/2000/svg" viewBox="0 0 ${WIDTH} ${height}" width="100%" role="img" aria-label="${escapeXml(label)}" font-family="system-ui, -apple-system, 'Segoe UI', Roboto, sans-serif">`,
      `<defs>${marker("up", "#4f46e5")}${marker("stuck", "#dc2626")}</defs>`,
      ...parts,
      "</svg>",
    ].join("\n"),
  );
}
