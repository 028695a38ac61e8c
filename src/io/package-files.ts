// Files that ship beside the code: package.json, schemas/, templates/ and the build's
// precompiled templates. They are found by walking up from this module to the package root,
// so the same code works from src/ (tests), dist/ (tsc), dist/bundle/ (the API bundle) and
// dist/cli-bundle/chunks/ (the CLI bundle).
import { existsSync, readFileSync } from "node:fs";
import path from "node:path";
import { fileURLToPath } from "node:url";

function findPackageRoot(start: string): string {
  for (let dir = start; ; dir = path.dirname(dir)) {
    if (existsSync(path.join(dir, "package.json")) && existsSync(path.join(dir, "schemas"))) return dir;
    if (path.dirname(dir) === dir) throw new Error(`community-plan: cannot find its package root above ${start}`);
  }
}

export const packageRoot: string = findPackageRoot(path.dirname(fileURLToPath(import.meta.url)));

export function packagePath(...parts: string[]): string {
  return path.join(packageRoot, ...parts);
}

export const schemaPath = packagePath("schemas", "community-plan.schema.json");
export const defaultTemplatesDir = packagePath("templates") + path.sep;

let version: string | undefined;

/** The package's version, read from package.json on first use: only a run that prints it needs it. */
export function packageVersion(): string {
  version ??= (JSON.parse(readFileSync(packagePath("package.json"), "utf8")) as { version: string }).version;
  return version;
}
