// Golden files: every example (and the multilingual fixture) in both formats, byte for byte.
// Refresh after an intended change with:  UPDATE_GOLDEN=1 npx vitest run tests/render/golden.test.ts
import { mkdirSync, readFileSync, writeFileSync, existsSync } from "node:fs";
import path from "node:path";
import { describe, expect, it } from "vitest";
import { renderDocuments } from "../../src/render/documents.js";
import { exampleFiles, TODAY } from "../helpers/plans.js";
import { repoRoot } from "../helpers/run-cli.js";
import { multilingualPlanFile, planFromFile } from "./render-helpers.js";

const update = process.env.UPDATE_GOLDEN === "1";
const plans = [...exampleFiles(), multilingualPlanFile];

describe.each(plans)("golden documents for %s", (file) => {
  const plan = planFromFile(file);
  const dir = path.join(repoRoot, "tests/golden", path.basename(file, ".yaml"));

  it.each(["md", "html"] as const)("renders %s exactly as the golden files", (format) => {
    const { files } = renderDocuments(plan, { format, today: TODAY });
    expect(files.length).toBeGreaterThanOrEqual(2);
    for (const rendered of files) {
      const golden = path.join(dir, rendered.name);
      if (update) {
        mkdirSync(dir, { recursive: true });
        writeFileSync(golden, rendered.content);
        continue;
      }
      if (!existsSync(golden)) {
        throw new Error(`no golden file ${path.relative(repoRoot, golden)}; run UPDATE_GOLDEN=1 npm test and review it`);
      }
      expect(rendered.content, rendered.name).toBe(readFileSync(golden, "utf8"));
    }
  });

  it("is deterministic: the same plan and day give the same bytes", () => {
    const first = renderDocuments(plan, { format: "html", today: TODAY });
    const second = renderDocuments(planFromFile(file), { format: "html", today: TODAY });
    expect(second).toEqual(first);
  });
});
