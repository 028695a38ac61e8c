// Golden files: every example (and the multilingual fixture) in both formats, byte for byte.
// Refresh after an intended change with:  UPDATE_GOLDEN=1 npx vitest run tests/render/golden.test.ts
// Every catalogue, as the library API has them (the CLI loads the ones a run writes).
import { describe, expect, it } from "vitest";
import { renderDocuments } from "../../src/render/documents.js";
import { expectGolden } from "../helpers/golden.js";
import { DOCUMENT_FORMATS, documentGolden, documentPlans } from "../helpers/golden-sets.js";
import { TODAY } from "../helpers/plans.js";
import { planFromFile } from "./render-helpers.js";

describe.each(documentPlans())("golden documents for %s", (file) => {
  const plan = planFromFile(file);

  it.each(DOCUMENT_FORMATS)("renders %s exactly as the golden files", (format) => {
    const { files } = renderDocuments(plan, { format, today: TODAY });
    expect(files.length).toBeGreaterThanOrEqual(2);
    for (const rendered of files) expectGolden(documentGolden(file, rendered.name), rendered.content, rendered.name);
  });

  it("is deterministic: the same plan and day give the same bytes", () => {
    const first = renderDocuments(plan, { format: "html", today: TODAY });
    const second = renderDocuments(planFromFile(file), { format: "html", today: TODAY });
    expect(second).toEqual(first);
  });
});
