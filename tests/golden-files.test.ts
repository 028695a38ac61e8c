// Golden files: a missing one fails unless UPDATE_GOLDEN=1, and none lies around that no test
// compares with (a document no longer rendered, a format renamed).
// Every catalogue, as the library API has them (the CLI loads the ones a run writes).
import { existsSync, mkdtempSync, readFileSync } from "node:fs";
import { tmpdir } from "node:os";
import path from "node:path";
import { afterEach, describe, expect, it, vi } from "vitest";
import { renderDocuments } from "../src/render/documents.js";
import { expectGolden, goldenFilesOnDisk } from "./helpers/golden.js";
import {
  CALENDAR_FORMATS,
  calendarGolden,
  DOCUMENT_FORMATS,
  documentGolden,
  GUIDELINES_ONLY_FORMATS,
  documentPlans,
  initGolden,
  PROGRESS_CHARTS,
  progressGolden,
  progressReportGoldens,
  progressSectionGolden,
} from "./helpers/golden-sets.js";
import { TODAY } from "./helpers/plans.js";
import { repoRoot } from "./helpers/run-cli.js";
import { planFromFile } from "./render/render-helpers.js";

/** Every golden file some test compares with. */
function goldensAskedFor(): string[] {
  const documents = documentPlans().flatMap((file) => {
    const plan = planFromFile(file);
    return [...DOCUMENT_FORMATS, ...GUIDELINES_ONLY_FORMATS].flatMap((format) => renderDocuments(plan, { format, today: TODAY }).files.map((rendered) => documentGolden(file, rendered.name)));
  });
  return [
    ...documents,
    ...DOCUMENT_FORMATS.map(progressSectionGolden),
    ...CALENDAR_FORMATS.map(calendarGolden),
    ...PROGRESS_CHARTS.flatMap((name) => [progressGolden(`${name}.svg`), progressGolden(`${name}.mmd`)]),
    ...progressReportGoldens(),
    initGolden,
  ].sort();
}

describe("golden files", () => {
  afterEach(() => {
    vi.unstubAllEnvs();
  });

  it("are all asked for by a test, and all there", () => {
    const asked = goldensAskedFor();
    const onDisk = goldenFilesOnDisk();
    expect(onDisk.filter((file) => !asked.includes(file)), "stale golden files: delete them").toEqual([]);
    expect(asked.filter((file) => !onDisk.includes(file)), "missing golden files").toEqual([]);
  });

  it.each([
    ["unset", undefined],
    ["0", "0"],
    ["true", "true"],
  ])("a missing golden fails, outside CI too, with UPDATE_GOLDEN %s", (_, value) => {
    vi.stubEnv("CI", undefined);
    vi.stubEnv("UPDATE_GOLDEN", value);
    const file = path.join(mkdtempSync(path.join(tmpdir(), "golden-")), "missing.txt");
    expect(() => { expectGolden(path.relative(repoRoot, file), "new\n"); }).toThrow(/no golden file/);
    expect(existsSync(file)).toBe(false);
  });

  it("UPDATE_GOLDEN=1 writes the golden and still compares", () => {
    vi.stubEnv("UPDATE_GOLDEN", "1");
    const file = path.join(mkdtempSync(path.join(tmpdir(), "golden-")), "sub", "new.txt");
    expectGolden(path.relative(repoRoot, file), "new\n");
    expect(readFileSync(file, "utf8")).toBe("new\n");
  });

  it("a golden that differs fails", () => {
    vi.stubEnv("UPDATE_GOLDEN", undefined);
    expect(() => { expectGolden(initGolden, "something else\n"); }).toThrow();
  });
});
