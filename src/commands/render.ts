import path from "node:path";
import { ExitCode } from "../errors.js";
import type { Io } from "../io.js";
import { renderDocuments, type DocumentName } from "../render/documents.js";
import type { OutputFormat } from "../render/template-files.js";
import { checkTemplatesDir } from "../render/template-files.js";
import { checkOutDir, planWrites, writePlanned } from "../render/write-documents.js";
import { todayIso } from "../util/dates.js";
import { displayPath } from "../util/display-path.js";
import { loadPlanOrReport } from "./load-plan-or-report.js";

export interface RenderCommandOptions {
  plan: string;
  out: string;
  format: OutputFormat;
  only?: DocumentName[];
  templates?: string;
  today?: string;
  dryRun: boolean;
  force: boolean;
}

/** Lints the plan, renders its documents and writes them; returns the exit code. */
export async function renderCommand(options: RenderCommandOptions, io: Io): Promise<number> {
  const templatesDir = options.templates === undefined ? undefined : path.resolve(io.cwd, options.templates);
  checkTemplatesDir(templatesDir);
  const today = options.today ?? todayIso();
  const plan = await loadPlanOrReport(options.plan, { today, force: options.force, verb: "render" }, io);
  if (typeof plan === "number") return plan;
  const rendered = renderDocuments(plan, { format: options.format, today, only: options.only, templatesDir });
  for (const warning of rendered.warnings) io.stderr.write(`community-plan: warning: ${warning}\n`);

  const outDir = path.resolve(io.cwd, options.out);
  await checkOutDir(outDir);
  const planned = await planWrites(outDir, rendered.files);
  const shown = (file: string) => displayPath(file, io.cwd);
  if (options.dryRun) {
    for (const file of planned) io.stdout.write(`${shown(file.path)}  (${file.status === "unchanged" ? "unchanged" : `would be ${file.status === "new" ? "created" : "changed"}`})\n`);
    return ExitCode.ok;
  }
  await writePlanned(outDir, planned);
  for (const file of planned) io.stdout.write(`${shown(file.path)}${file.status === "unchanged" ? "  (unchanged)" : ""}\n`);
  return ExitCode.ok;
}
