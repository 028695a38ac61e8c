// The progress formats: the names the CLI offers and completion lists, each loaded only when used.
import type { ProgressReport } from "../../progress/types.js";
import type { Colors } from "../colors.js";

export interface ProgressFormatOptions {
  /** The styles of the terminal format (src/outputs/colors.ts); the other formats ignore them. */
  colors: Colors;
  /** The terminal's width when stdout is one: the terminal format drops columns to fit it. */
  width?: number;
}

type ProgressWriter = (report: ProgressReport, options: ProgressFormatOptions) => string;

const loaders = {
  stylish: async (): Promise<ProgressWriter> => (await import("./stylish.js")).formatStylish,
  md: async (): Promise<ProgressWriter> => (await import("./markdown.js")).formatMarkdown,
  json: async (): Promise<ProgressWriter> => (await import("./json.js")).formatJson,
  csv: async (): Promise<ProgressWriter> => (await import("./csv.js")).formatCsv,
} as const;

export type ProgressFormat = keyof typeof loaders;
export const progressFormats = Object.keys(loaders) as readonly ProgressFormat[];

export async function formatProgress(report: ProgressReport, format: ProgressFormat, options: ProgressFormatOptions): Promise<string> {
  return (await loaders[format]())(report, options);
}
