import { exportDay, exportNumber } from "./export-dates.js";
import { combine, median, type DatedValue } from "./periods.js";
import type { Recipe, SnapshotRecipe } from "./recipes.js";
import { columnIndex, describeColumn, TableError, type Table } from "./table.js";

export interface RowProblem {
  line: number;
  message: string;
}

export interface RecipeResult {
  values: DatedValue[];
  /** `column 2 ("Median hours")`, or `rows dated by column 1 ("Day")` when rows are counted. */
  columns: string;
  problems: RowProblem[];
}

/** The share of the way through a member list the most active members make up. */
export const TOP_SHARE = 0.1;

/** Reads a table by a recipe. Unusable cells are problems at their line; blank values are no data. */
export function applyRecipe(table: Table, recipe: Recipe, zone: string, asOf: string | undefined): RecipeResult {
  return recipe.kind === "dated" ? datedValues(table, recipe, zone) : snapshotValue(table, recipe, zone, asOf);
}

function datedValues(table: Table, recipe: Extract<Recipe, { kind: "dated" }>, zone: string): RecipeResult {
  const dateAt = columnIndex(table, recipe.date);
  const valueAt = recipe.value === "row" ? undefined : columnIndex(table, recipe.value);
  const problems: RowProblem[] = [];
  const values: DatedValue[] = [];
  for (const row of table.rows) {
    const dateText = row.fields[dateAt] ?? "";
    const date = exportDay(dateText, zone);
    if (date === undefined) {
      // A user list has no `created_at` for some system accounts; nothing to count.
      if (dateText.trim() === "" && valueAt === undefined) continue;
      problems.push({ line: row.line, message: `${JSON.stringify(dateText)} in ${describeColumn(table, dateAt)} is not a date like 2027-03-31 or a timestamp` });
      continue;
    }
    if (valueAt === undefined) {
      values.push({ date, value: 1, lines: [row.line] });
      continue;
    }
    const value = exportNumber(row.fields[valueAt] ?? "");
    if (value === "bad") problems.push({ line: row.line, message: `${JSON.stringify(row.fields[valueAt])} in ${describeColumn(table, valueAt)} is not a number` });
    else if (value !== undefined) values.push({ date, value, lines: [row.line] });
  }
  const columns = valueAt === undefined ? `rows counted by ${describeColumn(table, dateAt)}` : `${describeColumn(table, valueAt)}, dated by ${describeColumn(table, dateAt)}`;
  return { values, columns, problems };
}

function snapshotValue(table: Table, recipe: SnapshotRecipe, zone: string, asOf: string | undefined): RecipeResult {
  const valueAt = columnIndex(table, recipe.value);
  const problems: RowProblem[] = [];
  const members: Array<{ value: number; line: number }> = [];
  let latest: string | undefined;
  const latestAt = asOf === undefined && recipe.latest ? columnIndex(table, recipe.latest) : undefined;
  for (const row of table.rows) {
    const value = exportNumber(row.fields[valueAt] ?? "");
    if (value === "bad") problems.push({ line: row.line, message: `${JSON.stringify(row.fields[valueAt])} in ${describeColumn(table, valueAt)} is not a number` });
    else members.push({ value: value ?? 0, line: row.line });
    if (latestAt === undefined) continue;
    const day = exportDay(row.fields[latestAt] ?? "", zone);
    if (day !== undefined && (latest === undefined || day > latest)) latest = day;
  }
  const date = asOf ?? latest;
  if (date === undefined) {
    throw new TableError("the rows carry no dates; give the day the export was taken as measure.asOf", 1);
  }
  const columns = `${describeColumn(table, valueAt)}, ${members.length} rows, as of ${date}${asOf === undefined ? ` (latest ${describeColumn(table, latestAt!)})` : ""}`;
  if (members.length === 0) return { values: [], columns, problems };
  const value = snapshotCombine(members.map((m) => m.value), recipe.combine);
  return { values: [{ date, value, lines: members.map((m) => m.line) }], columns, problems };
}

function snapshotCombine(values: readonly number[], how: SnapshotRecipe["combine"]): number {
  if (how === "active") return values.filter((v) => v > 0).length;
  if (how === "concentration") return concentration(values);
  if (how === "median") return median(values);
  return combine(values.map((value, i) => ({ date: "", value, lines: [i] })), how);
}

/**
 * Contributor concentration: the percentage of all posts written by the most active 10 % of
 * the members who posted at all (rounded up, so at least one member).
 */
export function concentration(posts: readonly number[]): number {
  const posters = posts.filter((p) => p > 0).sort((a, b) => b - a);
  const total = posters.reduce((a, b) => a + b, 0);
  if (total === 0) return 0;
  const top = posters.slice(0, Math.ceil(posters.length * TOP_SHARE));
  return (top.reduce((a, b) => a + b, 0) / total) * 100;
}
