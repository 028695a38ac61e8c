import type { Formatter } from "./types.js";

// Loaded on demand so a run pays only for the format it prints.
const loaders = {
  github: () => import("./github.js"),
  gitlab: () => import("./gitlab.js"),
  json: () => import("./json.js"),
  junit: () => import("./junit.js"),
  sarif: () => import("./sarif.js"),
  stylish: () => import("./stylish.js"),
} satisfies Record<string, () => Promise<{ default: Formatter }>>;

export type LintFormat = keyof typeof loaders;

export function isLintFormat(name: string): name is LintFormat {
  return Object.hasOwn(loaders, name);
}

export const formatterNames = Object.keys(loaders).sort() as readonly LintFormat[];

export async function loadFormatter(name: LintFormat): Promise<Formatter> {
  return (await loaders[name]()).default;
}
