import path from "node:path";

/**
 * The report an export holds, from its file name: Discourse names exports
 * `<report>-<yymmdd-HHMMSS>-<id>`, and a second download of a Discord file gets a `_2_`
 * (or ` (2)`) suffix from the browser or the export tool.
 */
export function reportFromFileName(file: string): string {
  const stem = path.basename(file).replace(/\.(csv|zip)$/i, "").replace(/\.csv$/i, "");
  return stem
    .replace(/-\d{6}-\d{6}(?:-\d+)?$/, "")
    .replace(/(?:_\d+_?| ?\(\d+\))$/, "");
}
