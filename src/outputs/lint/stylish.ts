import { countBySeverity } from "../../lint/types.js";
import { codeFrame, sourceLines } from "./code-frame.js";
import type { Formatter } from "./types.js";

/** For people at a terminal: `file:line:col`, severity, message, rule, and a code frame. */
const stylish: Formatter = (results, context) => {
  const { errors, warnings } = countBySeverity(results);
  const total = errors + warnings;
  if (total === 0) return "";
  const c = context.colors;
  const blocks: string[] = [];
  for (const result of results) {
    const file = result.file;
    const lines = result.diagnostics.length > 0 ? sourceLines(result.source) : [];
    for (const d of result.diagnostics) {
      const severity = d.severity === "error" ? c.red("error") : c.yellow("warning");
      const head = `${c.bold(`${file}:${d.line}:${d.column}`)}  ${severity}  ${d.message}  ${c.dim(d.ruleId)}`;
      const frame = codeFrame(lines, d, { gutter: c.dim, marker: d.severity === "error" ? c.red : c.yellow });
      const related = (d.related ?? []).map((r) => `  ${c.dim(`${file}:${r.line}:${r.column}`)}  ${r.message}`);
      blocks.push([head, ...(frame ? [frame] : []), ...related].join("\n"));
    }
  }
  const summary = `${total} ${total === 1 ? "problem" : "problems"} (${errors} ${errors === 1 ? "error" : "errors"}, ${warnings} ${warnings === 1 ? "warning" : "warnings"})`;
  return `${blocks.join("\n\n")}\n\n${errors > 0 ? c.bold(c.red(`✖ ${summary}`)) : c.bold(c.yellow(`⚠ ${summary}`))}\n`;
};

export default stylish;
