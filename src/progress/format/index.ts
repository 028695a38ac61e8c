import type { Colors } from "../../formatters/colors.js";
import type { ProgressReport } from "../types.js";
import { formatCsv } from "./csv.js";
import { formatJson } from "./json.js";
import { formatMarkdown } from "./markdown.js";
import { formatStylish } from "./stylish.js";

export const progressFormats = ["stylish", "md", "json", "csv"] as const;
export type ProgressFormat = (typeof progressFormats)[number];

export function formatProgress(report: ProgressReport, format: ProgressFormat, options: { colors: Colors }): string {
  switch (format) {
    case "stylish":
      return formatStylish(report, options);
    case "md":
      return formatMarkdown(report);
    case "json":
      return formatJson(report);
    case "csv":
      return formatCsv(report);
  }
}
