import { mermaidProgressChart, MERMAID_LEGEND } from "../../progress/charts/mermaid-chart.js";
import type { ProgressReport } from "../../progress/types.js";
import { COLUMNS, summaryLine, tableRow } from "../../progress/columns.js";

const escapeCell = (text: string): string => text.replaceAll("|", "\\|");

/** A Markdown table and, for every target with observations, a Mermaid chart. */
export function formatMarkdown(report: ProgressReport): string {
  const header = `| ${COLUMNS.map((c) => c[0]!.toUpperCase() + c.slice(1)).join(" | ")} |`;
  const rule = `| ${COLUMNS.map(() => "---").join(" | ")} |`;
  const rows = report.targets.map((t) => `| ${tableRow(t).map(escapeCell).join(" | ")} |`);
  const parts = [
    `## Progress on ${report.today}`,
    `Measured from \`${report.actuals}\` against \`${report.plan}\`. ${summaryLine(report)}.`,
    [header, rule, ...rows].join("\n"),
  ];
  for (const t of report.targets) {
    const chart = mermaidProgressChart(t);
    if (chart) parts.push(`### ${t.id}\n\n\`\`\`mermaid\n${chart}\`\`\``);
  }
  if (parts.length > 3) parts.push(`_${MERMAID_LEGEND}_`);
  return `${parts.join("\n\n")}\n`;
}
