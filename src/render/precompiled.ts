import { createRequire } from "node:module";
import path from "node:path";
import { packagePath } from "../package-files.js";
import { defaultTemplatesDir } from "./template-files.js";

type Spec = unknown;
let table: Record<string, { source: string; spec: Spec }> | null | undefined;

/** The build's precompiled form of a default template, if it exists and matches `source`. */
export function precompiledSpec(file: string, source: string): Spec | undefined {
  const relative = path.relative(defaultTemplatesDir, file);
  if (relative.startsWith("..") || path.isAbsolute(relative)) return undefined;
  if (table === undefined) {
    try {
      // Only a build has it (scripts/precompile-templates.mjs); tests from src compile.
      table = createRequire(import.meta.url)(packagePath("dist", "precompiled-templates.cjs")) as typeof table;
    } catch {
      table = null;
    }
  }
  const entry = table?.[relative.split(path.sep).join("/")];
  if (!entry) return undefined;
  return entry.source === source ? entry.spec : undefined;
}
