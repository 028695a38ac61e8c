// Finds templates and partials: the defaults shipped in `templates/`, overridden file by file
// from a `--templates` directory.
import { existsSync, readdirSync, statSync } from "node:fs";
import path from "node:path";
import { defaultTemplatesDir } from "../io/package-files.js";
import { UsageError } from "../core/errors.js";
import { displayPath } from "../util/display-path.js";

export type OutputFormat = "md" | "html" | "txt";
export const outputFormats: readonly OutputFormat[] = ["html", "md", "txt"];

export { defaultTemplatesDir };

export interface TemplateFile {
  /** The registered name: `strategy`, or a partial's `targets-table`. */
  name: string;
  file: string;
  /** How errors name it: `strategy.md.hbs`, or `partials/x.md.hbs` under the override dir. */
  display: string;
}

export function checkTemplatesDir(dir: string | undefined): void {
  if (dir === undefined) return;
  if (!existsSync(dir) || !statSync(dir).isDirectory()) {
    throw new UsageError("E_TEMPLATES_DIR", `--templates ${dir} is not a directory`);
  }
}

function pick(relative: string, overrideDir: string | undefined): { file: string; display: string } | undefined {
  if (overrideDir !== undefined) {
    const file = path.join(overrideDir, relative);
    if (existsSync(file)) return { file, display: displayPath(file, process.cwd()) };
  }
  const file = path.join(defaultTemplatesDir, relative);
  return existsSync(file) ? { file, display: path.join("templates", relative) } : undefined;
}

export function findTemplate(name: string, format: OutputFormat, overrideDir?: string): TemplateFile {
  const found = pick(`${name}.${format}.hbs`, overrideDir);
  if (!found) throw new UsageError("E_NO_TEMPLATE", `no template "${name}.${format}.hbs"`);
  return { name, ...found };
}

function partialNames(dir: string, format: OutputFormat): string[] {
  const partials = path.join(dir, "partials");
  if (!existsSync(partials)) return [];
  const suffix = `.${format}.hbs`;
  return readdirSync(partials)
    .filter((file) => file.endsWith(suffix))
    .map((file) => file.slice(0, -suffix.length));
}

/** Every partial for a format, the override's version winning, sorted by name. */
export function findPartials(format: OutputFormat, overrideDir?: string): TemplateFile[] {
  const names = new Set([...partialNames(defaultTemplatesDir, format), ...(overrideDir ? partialNames(overrideDir, format) : [])]);
  return [...names].sort().map((name) => ({ name, ...pick(path.join("partials", `${name}.${format}.hbs`), overrideDir)! }));
}
