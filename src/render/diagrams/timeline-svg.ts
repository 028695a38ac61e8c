// The year at a glance as inline SVG: one row per dated item, a month grid, milestones as
// diamonds and spans as bars. Drawn by our code; every plan string is escaped.
import { clip } from "./clip.js";
import type { Plan } from "../../plan/types.js";
import { escapeXml, Trusted } from "../escape.js";
import { timelineSections, type TimelineItem, type TimelineSection } from "./timeline-items.js";
import type { Labels } from "../labels/index.js";
import { monthName } from "../format.js";

const WIDTH = 880;
const LABEL_W = 300;
const ROW = 26;
const HEAD = 34;
const colours: Record<TimelineSection["key"], string> = {
  launch: "#4f46e5",
  events: "#0891b2",
  contests: "#d97706",
  deadlines: "#059669",
  breaks: "#9ca3af",
};

const day = (iso: string) => Date.UTC(Number(iso.slice(0, 4)), Number(iso.slice(5, 7)) - 1, Number(iso.slice(8, 10))) / 86_400_000;

export function timelineSvg(plan: Plan, L: Labels): Trusted | null {
  const sections = timelineSections(plan, L);
  if (sections.length === 0) return null;
  const items = sections.flatMap((s) => s.items);
  const dates = items.flatMap((i: TimelineItem) => [i.start, i.end ?? i.start]);
  const first = plan.horizon?.start ?? dates.reduce((a, b) => (a < b ? a : b));
  const last = plan.horizon?.end ?? dates.reduce((a, b) => (a > b ? a : b));
  // Whole months, so the grid starts and ends on month boundaries.
  const from = day(`${first.slice(0, 7)}-01`);
  const lastMonth = new Date(Date.UTC(Number(last.slice(0, 4)), Number(last.slice(5, 7)), 1));
  const to = lastMonth.getTime() / 86_400_000;
  const x0 = LABEL_W + 10;
  const span = WIDTH - 10 - x0;
  const x = (iso: string) => x0 + (Math.min(Math.max(day(iso), from), to) - from) / (to - from) * span;
  const rows = items.length + sections.length;
  const height = HEAD + rows * ROW + 10;
  const out: string[] = [];
  // Month grid.
  for (let t = new Date(from * 86_400_000); t.getTime() / 86_400_000 < to; t = new Date(Date.UTC(t.getUTCFullYear(), t.getUTCMonth() + 1, 1))) {
    const iso = t.toISOString().slice(0, 10);
    const gx = x(iso).toFixed(1);
    out.push(`<line x1="${gx}" y1="${HEAD - 8}" x2="${gx}" y2="${height - 6}" stroke="#e5e7eb"/>`);
    out.push(`<text x="${(Number(gx) + 4).toFixed(1)}" y="${HEAD - 14}" font-size="11" fill="#6b7280">${escapeXml(monthName(t.getUTCMonth() + 1, L.locale.tag, "short"))}</text>`);
  }
  const years = [...new Set([first.slice(0, 4), last.slice(0, 4)])].join("–");
  out.push(`<text x="0" y="${HEAD - 14}" font-size="12" font-weight="700" fill="#111827">${years}</text>`);
  let y = HEAD;
  for (const section of sections) {
    const colour = colours[section.key];
    out.push(`<text x="0" y="${y + 17}" font-size="11" font-weight="700" letter-spacing="0.08em" fill="${colour}">${escapeXml(section.name.toUpperCase())}</text>`);
    y += ROW;
    for (const item of section.items) {
      const cy = y + ROW / 2;
      out.push(`<g><title>${escapeXml(item.label)}: ${item.start}${item.end ? ` – ${item.end}` : ""}</title>`);
      out.push(`<text x="12" y="${cy + 4}" font-size="12" fill="#111827">${escapeXml(clip(item.label, 44))}</text>`);
      if (item.end === null) {
        const mx = x(item.start);
        out.push(`<path d="M${mx.toFixed(1)} ${cy - 7} l7 7 l-7 7 l-7 -7 z" fill="${colour}"/>`);
      } else {
        const x1 = x(item.start);
        const w = Math.max(4, x(item.end) - x1);
        out.push(`<rect x="${x1.toFixed(1)}" y="${cy - 6}" width="${w.toFixed(1)}" height="12" rx="4" fill="${colour}" fill-opacity="${item.kind === "break" ? 0.5 : 0.85}"/>`);
      }
      out.push("</g>");
      y += ROW;
    }
  }
  return new Trusted(
    [
      `<svg class="diagram" xmlns="http://www.w3.org/2000/svg" viewBox="0 0 ${WIDTH} ${height}" width="100%" role="img" aria-label="${escapeXml(L.diagrams.timeline)}" font-family="system-ui, -apple-system, 'Segoe UI', Roboto, sans-serif">`,
      ...out,
      "</svg>",
    ].join("\n"),
  );
}
