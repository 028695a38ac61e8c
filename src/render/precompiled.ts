import { createRequire } from "node:module";
import path from "node:path";
import { packagePath } from "../io/package-files.js";
import { defaultTemplatesDir } from "./template-files.js";

/** Handlebars' precompiled template spec: opaque here, handed to its runtime as is. */
type Spec = object;
interface Entry {
  source: string;
  spec: Spec;
}

// The build writes each template as a CommonJS module, which loads synchronously.
const load = createRequire(import.meta.url);
const entries = new Map<string, Entry | null>();

/** The build's module for one template (scripts/precompile-templates.mjs), or null without a build. */
function entryFor(relative: string): Entry | null {
  let entry = entries.get(relative);
  if (entry === undefined) {
    try {
      entry = load(packagePath("dist", "precompiled-templates", `${relative}.cjs`)) as Entry;
    } catch {
      // Only a build has them; tests from src, and templates the build leaves out, compile.
      entry = null;
    }
    entries.set(relative, entry);
  }
  return entry;
}

/** The build's precompiled form of a default template, if it exists and matches `source`. */
export function precompiledSpec(file: string, source: string): Spec | undefined {
  const relative = path.relative(defaultTemplatesDir, file);
  if (relative.startsWith("..") || path.isAbsolute(relative)) return undefined;
  const entry = entryFor(relative.split(path.sep).join("/"));
  if (!entry) return undefined;
  return entry.source === source ? entry.spec : undefined;
}
