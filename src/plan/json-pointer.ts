import type { PlanPath } from "../core/finding.js";

/** `/targets/2/deadline` → `["targets", 2, "deadline"]`. */
export function parsePointer(pointer: string): (string | number)[] {
  if (pointer === "") return [];
  return pointer
    .slice(1)
    .split("/")
    .map((part) => part.replace(/~1/g, "/").replace(/~0/g, "~"))
    .map((part) => (/^(0|[1-9]\d*)$/.test(part) ? Number(part) : part));
}

export function toPointer(path: PlanPath): string {
  return path.map((part) => "/" + String(part).replace(/~/g, "~0").replace(/\//g, "~1")).join("");
}

/** `["targets", 2, "deadline"]` → `targets[2].deadline`, as people read it in messages. */
export function describePath(path: PlanPath): string {
  if (path.length === 0) return "the plan";
  let out = "";
  for (const part of path) {
    if (typeof part === "number") out += `[${part}]`;
    else out += out === "" ? part : `.${part}`;
  }
  return out;
}
