// The output folder's record of whose documents it holds: `.community-plan-docs.json`, with the
// plan (relative to the folder, so the same plan gives the same bytes on any machine) and the
// files render wrote. It keeps two plans' documents apart, and says which files are stale.
import { readFileSync } from "node:fs";
import path from "node:path";
import { UsageError } from "../core/errors.js";
import { sanitizeFileName } from "./file-names.js";

export const MANIFEST_NAME = ".community-plan-docs.json";

export interface DocsManifest {
  plan: string;
  files: string[];
}

/** The plan as the manifest names it: its path from the output folder, with forward slashes. */
export function manifestPlanName(outDir: string, planFile: string): string {
  return path.relative(outDir, planFile).split(path.sep).join("/");
}

/** The manifest file's text, or undefined when there is none. */
export function readManifestText(file: string): string | undefined {
  try {
    return readFileSync(file, "utf8");
  } catch {
    return undefined;
  }
}

/** The folder's manifest, or undefined when it has none (or one that is not ours to read). */
export function readManifest(outDir: string): DocsManifest | undefined {
  const text = readManifestText(path.join(outDir, MANIFEST_NAME));
  if (text === undefined) return undefined;
  try {
    const data = JSON.parse(text) as Partial<DocsManifest>;
    if (typeof data.plan !== "string" || !Array.isArray(data.files)) return undefined;
    return { plan: data.plan, files: data.files.filter((f): f is string => typeof f === "string") };
  } catch {
    return undefined;
  }
}

/**
 * What rendering `written` for `plan` does to the folder: refuses another plan's folder unless
 * `replace`; otherwise the files the old manifest lists, of a format this run writes, that this
 * run does not write (only those, and only directly inside the folder) are stale. With `partial`
 * (`--only`) nothing is stale: the documents not asked for are kept, and stay in the manifest.
 */
export function manifestChange(
  outDir: string,
  previous: DocsManifest | undefined,
  next: { plan: string; written: readonly string[]; partial: boolean; replace: boolean; outShown: string },
): { manifest: DocsManifest; stale: string[] } {
  if (previous && previous.plan !== next.plan && !next.replace) {
    throw new UsageError(
      "E_OUT_OTHER_PLAN",
      `${next.outShown} holds the documents of another plan (${previous.plan}); nothing was written`,
      "render into another folder with --output, or take this one over with --replace",
    );
  }
  const written = new Set(next.written);
  // Names are sanitised again: a hand-edited manifest cannot point outside the folder.
  const listed = (previous?.files ?? []).map((name) => sanitizeFileName(name)).filter((name) => name !== MANIFEST_NAME);
  // Only files of a format this run writes can be stale: rendering html beside the md documents
  // keeps the md ones, while a guidelines.fr.md that is no longer rendered goes.
  const formats = new Set(next.written.map((name) => path.extname(name)));
  const replaced = (name: string) => !next.partial && formats.has(path.extname(name));
  const stale = [...new Set(listed.filter((name) => !written.has(name) && replaced(name)))].sort();
  const kept = listed.filter((name) => !written.has(name) && !replaced(name));
  return { manifest: { plan: next.plan, files: [...new Set([...kept, ...written])].sort() }, stale: stale.map((name) => path.join(outDir, name)) };
}

export function manifestText(manifest: DocsManifest): string {
  return `${JSON.stringify(manifest, null, 2)}\n`;
}
