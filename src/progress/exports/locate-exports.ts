import path from "node:path";
import { glob } from "tinyglobby";
import { InputError } from "../../core/errors.js";
import type { Measure } from "../../plan/types.js";
import { COMPUTE_REPORTS } from "./recipes.js";

export interface LocateOptions {
  /** The plan's folder: `measure.file` is relative to it. */
  planDir: string;
  /** `--data <dir>`, absolute: where exports are looked for when `measure.file` is left out. */
  dataDir?: string;
}

/** The usual file names of each source's exports, for `--data` (`{report}` is the report's name). */
const USUAL_NAMES: Readonly<Record<Measure["from"], string | undefined>> = {
  "discourse-report": "{report}-*.{csv,zip}",
  "discourse-users": "user?list*.{csv,zip}",
  "discord-insights": "{report}*.csv",
  "slack-members": "*[Mm]ember*.csv",
  "slack-channels": "*[Cc]hannel*.csv",
  actuals: undefined,
};

/** The report a measure reads: the plan's, or the one its computed metric needs. */
export function plannedReport(measure: Measure): string | undefined {
  return measure.report ?? (measure.compute ? COMPUTE_REPORTS[measure.from]?.[measure.compute] : undefined);
}

/** The absolute paths of a measure's exports, in name order (older Discourse exports sort first). */
export async function locateExports(measure: Measure, options: LocateOptions): Promise<string[]> {
  const { dir, pattern } = where(measure, options);
  if (!/[*?{[]/.test(pattern)) return [path.resolve(dir, pattern)];
  const found = await glob(pattern, { cwd: dir, onlyFiles: true, absolute: true, expandDirectories: false });
  if (found.length === 0) {
    throw new InputError("E_FILE_NOT_FOUND", `no export matches ${pattern}`, {
      file: path.join(dir, pattern),
      hint: measure.file === undefined ? "download the export into the --data folder, or give measure.file" : "check measure.file, relative to the plan",
    });
  }
  return found.sort();
}

function where(measure: Measure, options: LocateOptions): { dir: string; pattern: string } {
  if (measure.file !== undefined) {
    const full = path.resolve(options.planDir, measure.file);
    // Wildcards only in the file name: the folder is taken as written.
    return { dir: path.dirname(full), pattern: path.basename(full) };
  }
  const usual = USUAL_NAMES[measure.from];
  const report = plannedReport(measure);
  if (options.dataDir === undefined || usual === undefined || (usual.includes("{report}") && report === undefined)) {
    const needs = usual === undefined ? "" : usual.includes("{report}") && report === undefined ? " and measure.report" : " (or pass --data <dir>)";
    throw new InputError("E_MEASURE_FILE", `a measure from ${measure.from} needs measure.file${needs}`);
  }
  return { dir: options.dataDir, pattern: usual.replace("{report}", report ?? "") };
}
