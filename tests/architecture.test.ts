// The layers of src/ import only downwards (see the README's Development section): a folder that
// reaches up makes a cycle sooner or later, and cycles are what made moving code expensive.
import { readdirSync, readFileSync } from "node:fs";
import path from "node:path";
import { describe, expect, it } from "vitest";

const src = path.resolve(__dirname, "../src");

/** Higher layers may import lower ones and their own; the same number means siblings that must not meet. */
const LAYERS: Readonly<Record<string, number>> = {
  util: 0,
  core: 1,
  io: 2,
  plan: 3,
  time: 4,
  calendar: 5,
  progress: 5,
  strategy: 6,
  rules: 7,
  lint: 8,
  outputs: 9,
  render: 9,
  prompts: 9,
  init: 9,
  completion: 9,
  commands: 10,
  cli: 11,
  boot: 12,
  index: 12,
};

function sourceFiles(dir: string): string[] {
  return readdirSync(dir, { withFileTypes: true }).flatMap((entry) => {
    const full = path.join(dir, entry.name);
    if (entry.isDirectory()) return sourceFiles(full);
    return entry.name.endsWith(".ts") ? [full] : [];
  });
}

/** `src/render/view/x.ts` → `render`; `src/cli.ts` → `cli`. */
function layerOf(file: string): string {
  const [first = ""] = path.relative(src, file).split(path.sep);
  return first.replace(/\.ts$/, "");
}

function relativeImports(text: string): string[] {
  return [...text.matchAll(/(?:from|import\()\s*"(\.{1,2}\/[^"]+)"/g)].map((m) => m[1] ?? "");
}

describe("the layers of src/", () => {
  const files = sourceFiles(src);

  it("gives every top-level folder and module of src/ a layer", () => {
    const unknown = [...new Set(files.map(layerOf))].filter((layer) => !(layer in LAYERS));
    expect(unknown).toEqual([]);
  });

  it("has no import that points up or sideways", () => {
    const upward: string[] = [];
    for (const file of files) {
      const from = layerOf(file);
      for (const specifier of relativeImports(readFileSync(file, "utf8"))) {
        const to = layerOf(path.resolve(path.dirname(file), specifier));
        if (to === from || !(to in LAYERS)) continue;
        if ((LAYERS[to] ?? 0) >= (LAYERS[from] ?? 0)) upward.push(`${path.relative(src, file)} → ${specifier}`);
      }
    }
    expect(upward).toEqual([]);
  });
});
