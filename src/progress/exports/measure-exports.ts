// Reads the exports a plan's targets and watched metrics name (`measure:`) into one number per
// period each, remembering which file, rows and aggregation made every number, for
// `progress --explain` and the progress section's "measured from".
import path from "node:path";
import { InputError } from "../../core/errors.js";
import type { Measure, Plan } from "../../plan/types.js";
import { measuredReviewMetrics } from "../../plan/watched-metrics.js";
import { readActualsFile } from "../read-actuals-file.js";
import { readActuals } from "../read-actuals.js";
import { applyRecipe } from "./apply-recipe.js";
import { locateExports, plannedReport } from "./locate-exports.js";
import { aggregateByPeriod, type Aggregate, type DatedValue, type Period, type PeriodValue } from "./periods.js";
import { readExportFile } from "./read-export-file.js";
import { recipeFor, RecipeError, type Recipe } from "./recipes.js";
import { reportFromFileName } from "./report-name.js";
import { readTable, TableError } from "./table.js";

export interface MeasuredSeries {
  /** The target measured, or none for a watched metric. */
  target?: string;
  metric: string;
  channel?: string;
  from: Measure["from"];
  report?: string;
  compute?: Measure["compute"];
  /** Undefined for an actuals file read as its rows stand, without `per`. */
  aggregate?: Aggregate;
  per?: Period;
  files: string[];
  /** Which columns were read, in words. */
  columns: string;
  points: PeriodValue[];
}

export interface ExportIssue {
  file: string;
  line: number;
  message: string;
}

export interface ExportOptions {
  /** The working folder: files are shown relative to it. */
  cwd: string;
  planFile: string;
  /** `--data <dir>` as typed. */
  dataDir?: string;
}

export interface MeasuredExports {
  series: MeasuredSeries[];
  /** Errors at file:line; any stops the run. */
  issues: ExportIssue[];
}

const PER_CADENCE: Readonly<Record<string, Period>> = { weekly: "week", monthly: "month", quarterly: "quarter" };

export async function measureFromExports(plan: Plan, options: ExportOptions): Promise<MeasuredExports> {
  const items = [
    ...plan.targets.filter((t) => t.measure).map((t) => ({ target: t.id, metric: t.metric, channel: t.channel, measure: t.measure! })),
    ...measuredReviewMetrics(plan).map((m) => ({ target: undefined, metric: m.metric, channel: undefined, measure: m.measure })),
  ];
  const per = PER_CADENCE[plan.review?.cadence ?? ""] ?? "month";
  const series: MeasuredSeries[] = [];
  const issues: ExportIssue[] = [];
  for (const item of items) {
    const subject = item.target ? `target "${item.target}"` : `watched metric "${item.metric}"`;
    const one = await measureOne(item.measure, { ...options, defaultPer: per, zone: plan.community.timeZone, metric: item.metric, channel: item.channel, subject }, issues);
    series.push({ ...(item.target && { target: item.target }), metric: item.metric, ...(item.channel && { channel: item.channel }), ...one });
  }
  return { series, issues };
}

interface OneOptions extends ExportOptions {
  defaultPer: Period;
  zone: string;
  metric: string;
  channel: string | undefined;
  subject: string;
}

type SeriesBody = Omit<MeasuredSeries, "target" | "metric" | "channel">;

async function measureOne(measure: Measure, options: OneOptions, issues: ExportIssue[]): Promise<SeriesBody> {
  const planDir = path.dirname(path.resolve(options.cwd, options.planFile));
  const dataDir = options.dataDir === undefined ? undefined : path.resolve(options.cwd, options.dataDir);
  // A metric the source cannot give is the plan's mistake: say so before looking for files.
  if (measure.compute && measure.from !== "actuals") recipeOrReport(measure, plannedReport(measure), options);
  const absolute = await locateExports(measure, { planDir, ...(dataDir !== undefined && { dataDir }) });
  const files = absolute.map((file) => path.relative(options.cwd, file) || file);
  const per = measure.per ?? options.defaultPer;
  if (measure.from === "actuals") return fromActuals(measure, absolute, files, { metric: options.metric, channel: options.channel }, per, issues);
  const report = plannedReport(measure) ?? reportFromFileName(absolute[0]!);
  const recipe = recipeOrReport(measure, report, options);
  const perFile: DatedValue[][] = [];
  let columns = "";
  for (const [i, file] of absolute.entries()) {
    const shown = files[i]!;
    const { text } = await readExportFile(file).catch((error: unknown) => {
      throw error instanceof InputError ? error.withFile(shown) : error;
    });
    try {
      const result = applyRecipe(readTable(text), recipe, options.zone, measure.asOf);
      columns ||= result.columns;
      issues.push(...result.problems.map((p) => ({ file: shown, ...p })));
      perFile.push(result.values.map((v) => ({ ...v, file: shown })));
    } catch (error) {
      if (!(error instanceof TableError)) throw error;
      issues.push({ file: shown, line: error.line, message: error.message });
      perFile.push([]);
    }
  }
  const aggregate = recipe.kind === "snapshot" ? "last" : recipe.aggregate;
  const points = aggregateByPeriod(latestFileEachDay(perFile), aggregate, per);
  const how = recipe.kind === "snapshot" ? `${recipe.combine} over the rows; ${columns}` : columns;
  return { from: measure.from, report, ...(measure.compute && { compute: measure.compute }), aggregate, per, files, columns: how, points };
}

function recipeOrReport(measure: Measure, report: string | undefined, options: OneOptions): Recipe {
  try {
    return recipeFor(measure, report);
  } catch (error) {
    if (error instanceof RecipeError) throw new InputError("E_MEASURE", `${options.subject}: ${error.message}`, { file: options.planFile });
    throw error;
  }
}

/** Exports downloaded at different times overlap: a day found in several files is taken from the last one. */
function latestFileEachDay(perFile: readonly DatedValue[][]): DatedValue[] {
  const owner = new Map<string, number>();
  perFile.forEach((values, i) => { values.forEach((v) => owner.set(v.date, i)); });
  return perFile.flatMap((values, i) => values.filter((v) => owner.get(v.date) === i));
}

async function fromActuals(
  measure: Measure,
  absolute: readonly string[],
  files: readonly string[],
  { metric, channel }: { metric: string; channel: string | undefined },
  per: Period,
  issues: ExportIssue[],
): Promise<SeriesBody> {
  const values: DatedValue[] = [];
  for (const [i, file] of absolute.entries()) {
    const shown = files[i]!;
    const text = await readActualsFile(file).catch((error: unknown) => {
      throw error instanceof InputError ? error.withFile(shown) : error;
    });
    const actuals = readActuals(text, file);
    issues.push(...actuals.issues.filter((x) => x.severity === "error").map((x) => ({ file: shown, line: x.line, message: x.message })));
    // As for --actuals: a row on another channel than the target's is not this target's.
    const mine = actuals.observations.filter((o) => o.metric === metric && (channel === undefined || o.channel === undefined || o.channel === channel));
    for (const o of mine) values.push({ date: o.date, value: o.value, lines: [o.line], file: shown });
  }
  const columns = `rows of metric "${metric}"`;
  if (measure.per === undefined && measure.aggregate === undefined) {
    const points = values.map((v) => ({ date: v.date, value: v.value, from: [{ file: v.file!, lines: v.lines }], rows: 1 }));
    return { from: "actuals", files: [...files], columns, points: points.sort((a, b) => (a.date < b.date ? -1 : a.date > b.date ? 1 : 0)) };
  }
  const aggregate = measure.aggregate ?? "last";
  return { from: "actuals", aggregate, per, files: [...files], columns, points: aggregateByPeriod(values, aggregate, per) };
}
