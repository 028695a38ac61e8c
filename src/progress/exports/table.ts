import { CsvSyntaxError, parseCsv, type CsvRecord } from "../parse-csv.js";

/** A column asked for by 1-based position, or by one of several names a source is known to use. */
export type ColumnRef = { position: number } | { names: readonly string[] };

export interface Table {
  header: string[];
  rows: CsvRecord[];
}

export class TableError extends Error {
  constructor(
    message: string,
    readonly line: number,
  ) {
    super(message);
  }
}

export function readTable(text: string): Table {
  let records: CsvRecord[];
  try {
    records = parseCsv(text);
  } catch (error) {
    if (error instanceof CsvSyntaxError) throw new TableError(`not valid CSV: ${error.message}`, error.line);
    throw error;
  }
  const [first, ...rows] = records;
  if (!first) throw new TableError("the file is empty: no header row", 1);
  return { header: first.fields, rows };
}

/** `Last active (UTC)`, `last_active_utc` and `LAST ACTIVE UTC` are one name: exports differ in case and separators. */
function normalise(name: string): string {
  return name.toLowerCase().replace(/[^\p{L}\p{N}]+/gu, " ").trim();
}

/**
 * The 0-based index of a column; an unknown name fails with the columns found, since the
 * names come from third-party descriptions of the formats, not from their makers.
 */
export function columnIndex(table: Table, ref: ColumnRef): number {
  if ("position" in ref) {
    if (ref.position > table.header.length) {
      throw new TableError(`there is no column ${ref.position}: the file has ${table.header.length} (${listColumns(table)})`, 1);
    }
    return ref.position - 1;
  }
  const wanted = ref.names.map(normalise);
  const index = table.header.findIndex((h) => wanted.includes(normalise(h)));
  if (index < 0) {
    const asked = ref.names.map((n) => `"${n}"`).join(" or ");
    throw new TableError(`no column ${asked}; the columns found are ${listColumns(table)}`, 1);
  }
  return index;
}

export function describeColumn(table: Table, index: number): string {
  return `column ${index + 1} ("${table.header[index] ?? ""}")`;
}

function listColumns(table: Table): string {
  return table.header.map((h) => `"${h}"`).join(", ");
}
