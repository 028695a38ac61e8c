import path from "node:path";
import { resolveRange } from "../time/date-range.js";
import { ExitCode, InputError } from "../core/errors.js";
import type { Io } from "../io/streams.js";
import { loadDocumentLabels, renderDocuments, wantedDocuments, type DocumentName } from "../render/documents.js";
import type { OutputFormat } from "../render/template-files.js";
import { checkTemplatesDir } from "../render/template-files.js";
import { checkOutDir, planWrites, writePlanned } from "../render/write-documents.js";
import { manifestChange, manifestPlanName, manifestText, MANIFEST_NAME, readManifest, readManifestText } from "../render/docs-manifest.js";
import { todayIso } from "../time/dates.js";
import { displayPath } from "../util/display-path.js";
import { loadPlanOrReport } from "./load-plan-or-report.js";
import { loadHolidays } from "../calendar/holidays.js";
import { measureActuals } from "./measure-actuals.js";

export interface RenderCommandOptions {
  plan: string;
  out: string;
  format: OutputFormat;
  only?: DocumentName[];
  templates?: string;
  today?: string;
  /** The calendar's range, as for `community-plan calendar`; the next quarter when all are left out. */
  quarter?: string;
  from?: string;
  to?: string;
  /** An actuals file (as for `progress`): the strategy document gets a progress section. */
  actuals?: string;
  /** Where exports live (as for `progress --data`); also asks for the progress section. */
  data?: string;
  /** The strategy document's and calendar's language, instead of the plan's document language. */
  lang?: string;
  dryRun: boolean;
  force: boolean;
  /** Take over an --output folder that holds another plan's documents. */
  replace?: boolean;
  maxBytes?: number;
  maxAliases?: number;
}

/** Lints the plan, renders its documents and writes them; returns the exit code. */
export async function renderCommand(options: RenderCommandOptions, io: Io): Promise<number> {
  const templatesDir = options.templates === undefined ? undefined : path.resolve(io.cwd, options.templates);
  checkTemplatesDir(templatesDir);
  // Checked before the plan is read, as the range is: `--format txt --only calendar` fails fast.
  wantedDocuments(options.format, options.only);
  const today = options.today ?? todayIso();
  // Checked before the plan is read, so a mistyped --quarter fails fast.
  const calendarRange = resolveRange({ quarter: options.quarter, from: options.from, to: options.to, today });
  const plan = await loadPlanOrReport(options.plan, { today, force: options.force, verb: "render", maxBytes: options.maxBytes, maxAliases: options.maxAliases }, io);
  if (typeof plan === "number") return plan;
  const measure = options.actuals !== undefined || options.data !== undefined;
  const progress = !measure ? undefined : await measureActuals(plan, { plan: options.plan, actuals: options.actuals, data: options.data, today }, io);
  await loadDocumentLabels(plan, options.lang);
  let rendered;
  try {
    // The calendar and the strategy's quarter count need the plan's public holidays, if any.
    await loadHolidays(plan);
    rendered = renderDocuments(plan, { format: options.format, today, only: options.only, templatesDir, calendarRange, progress, lang: options.lang });
  } catch (error) {
    // The calendar's errors (a zone it cannot place) are about the plan: name the file.
    throw error instanceof InputError && error.file === undefined ? error.withFile(options.plan) : error;
  }
  for (const warning of rendered.warnings) io.stderr.write(`community-plan: warning: ${warning}\n`);

  const outDir = path.resolve(io.cwd, options.out);
  await checkOutDir(outDir);
  const planned = await planWrites(outDir, rendered.files);
  const shown = (file: string) => displayPath(file, io.cwd);
  const { manifest, stale } = manifestChange(outDir, readManifest(outDir), {
    plan: manifestPlanName(outDir, path.resolve(io.cwd, options.plan)),
    written: planned.map((file) => path.basename(file.path)),
    partial: options.only !== undefined,
    replace: options.replace === true,
    outShown: `--output ${shown(outDir)}`,
  });
  if (options.dryRun) {
    for (const file of planned) io.stdout.write(`${shown(file.path)}  (${file.status === "unchanged" ? "unchanged" : `would be ${file.status === "new" ? "created" : "changed"}`})\n`);
    for (const file of stale) io.stdout.write(`${shown(file)}  (would be removed)\n`);
    return ExitCode.ok;
  }
  await writePlanned(outDir, planned);
  const manifestFile = path.join(outDir, MANIFEST_NAME);
  const manifestContent = manifestText(manifest);
  // An unchanged folder is not written to at all, manifest included.
  if (stale.length > 0 || readManifestText(manifestFile) !== manifestContent) {
    const { removeFile, writeFileAtomic } = await import("../io/atomic-write.js");
    await writeFileAtomic(manifestFile, manifestContent, { overwrite: true });
    for (const file of stale) await removeFile(file);
  }
  for (const file of planned) io.stdout.write(`${shown(file.path)}${file.status === "unchanged" ? "  (unchanged)" : ""}\n`);
  for (const file of stale) io.stdout.write(`${shown(file)}  (removed)\n`);
  return ExitCode.ok;
}
