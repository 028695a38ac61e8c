// Which golden files the tests ask for, in one place: the golden tests build their paths from
// here, and tests/golden-files.test.ts reports any golden file on disk that is not among them.
import path from "node:path";
import { progressFormats } from "../../src/outputs/progress/index.js";
import { exampleFiles } from "./plans.js";
import { repoRoot } from "./run-cli.js";

export const DOCUMENT_FORMATS = ["md", "html"] as const;
/** Formats with the guidelines only (render --format txt), golden-tested in tests/render/plain-text.test.ts. */
export const GUIDELINES_ONLY_FORMATS = ["txt"] as const;
export const documentPlans = (): string[] => [...exampleFiles(), path.join(repoRoot, "tests/fixtures/render/multilingual.yaml")];
export const documentGolden = (planFile: string, name: string): string => `tests/golden/${path.basename(planFile, ".yaml")}/${name}`;

export const progressSectionGolden = (format: string): string => `tests/golden/dev-community-progress/strategy.${format}`;

export const CALENDAR_FORMATS = ["md", "csv", "ics", "json"] as const;
export const calendarGolden = (format: string): string => `tests/golden/dev-community-2027-Q1.${format}`;

export const PROGRESS_CHARTS = ["peer-answers", "first-response", "members-no-data"] as const;
export const progressGolden = (name: string): string => `tests/progress/golden/${name}`;
export const progressReportGolden = (format: string): string => progressGolden(`report.${format === "stylish" ? "txt" : format}`);
export const progressReportGoldens = (): string[] => progressFormats.map(progressReportGolden);

export const initGolden = "tests/init/golden/init-yes.yaml";
