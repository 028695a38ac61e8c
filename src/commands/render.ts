import path from "node:path";
import { ExitCode, InputError } from "../errors.js";
import type { Io } from "../io.js";
import { useColor } from "../io.js";
import { lintText } from "../lint/lint-text.js";
import { parsePlan } from "../plan/parse-plan.js";
import { readPlanFile } from "../plan/read-plan-file.js";
import { validateShape } from "../plan/validate-shape.js";
import { renderDocuments, type DocumentName } from "../render/documents.js";
import type { OutputFormat } from "../render/template-files.js";
import { checkTemplatesDir } from "../render/template-files.js";
import { checkOutDir, planWrites, writePlanned } from "../render/write-documents.js";
import { rules } from "../rules/index.js";
import { todayIso } from "../util/dates.js";
import { displayPath } from "../util/display-path.js";

export interface RenderCommandOptions {
  plan: string;
  out: string;
  format: OutputFormat;
  only?: DocumentName[];
  templates?: string;
  today?: string;
  dryRun: boolean;
  force: boolean;
  maxBytes?: number;
  maxAliases?: number;
}

/** Lints the plan, renders its documents and writes them; returns the exit code. */
export async function renderCommand(options: RenderCommandOptions, io: Io): Promise<number> {
  const templatesDir = options.templates === undefined ? undefined : path.resolve(io.cwd, options.templates);
  checkTemplatesDir(templatesDir);
  const today = options.today ?? todayIso();
  const text = await readPlanFile(path.resolve(io.cwd, options.plan), { maxBytes: options.maxBytes }).catch((error: unknown) => {
    // Name the file as the person typed it, as lint and calendar do, not its absolute path.
    if (error instanceof InputError) throw new InputError(error.code, error.message, { file: options.plan, hint: error.hint });
    throw error;
  });
  const lint = lintText(text, options.plan, { today, maxAliases: options.maxAliases });
  const errors = lint.diagnostics.filter((d) => d.severity === "error");
  if (errors.length > 0) {
    const { default: stylish } = await import("../formatters/stylish.js");
    const onlyErrors = { ...lint, diagnostics: errors };
    io.stderr.write(stylish([onlyErrors], { cwd: io.cwd, color: useColor(io.stderr, io.env), rules }));
    if (!options.force) {
      io.stderr.write("community-plan: the plan has errors, so nothing was rendered\n  hint: fix them, or pass --force to render anyway\n");
      return ExitCode.findings;
    }
    io.stderr.write("community-plan: the plan has errors; rendering anyway because of --force\n");
  }
  const data = parsePlan(text, { file: options.plan, maxAliases: options.maxAliases }).data;
  const plan = data === undefined ? undefined : validateShape(data).plan;
  if (!plan) {
    throw new InputError("E_NOT_A_PLAN", "does not match the plan schema, so it cannot be rendered, even with --force", {
      file: options.plan,
    });
  }
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
