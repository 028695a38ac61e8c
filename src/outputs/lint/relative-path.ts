import path from "node:path";
import { pathToFileURL } from "node:url";

/** A result's file relative to the working directory, with forward slashes, as CI tools expect. */
export function relativePath(file: string, cwd: string): string {
  const relative = path.relative(cwd, path.resolve(cwd, file));
  return relative.split(path.sep).join("/");
}

/** A URI for SARIF: relative when the file is under the working directory, else a file: URI. */
export function artifactUri(file: string, cwd: string): string {
  const relative = relativePath(file, cwd);
  if (relative.startsWith("../") || path.isAbsolute(relative)) return pathToFileURL(path.resolve(cwd, file)).href;
  return relative.split("/").map(encodeURIComponent).join("/");
}
