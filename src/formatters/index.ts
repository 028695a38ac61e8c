import type { Formatter } from "./types.js";

// Loaded on demand so a run pays only for the format it prints.
const loaders: Record<string, () => Promise<{ default: Formatter }>> = {
  github: () => import("./github.js"),
  json: () => import("./json.js"),
  junit: () => import("./junit.js"),
  sarif: () => import("./sarif.js"),
  stylish: () => import("./stylish.js"),
};

export const formatterNames: readonly string[] = Object.keys(loaders).sort();

export async function loadFormatter(name: string): Promise<Formatter | undefined> {
  return (await loaders[name]?.())?.default;
}
