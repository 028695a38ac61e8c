import { LineCounter, parseDocument, isMap, isSeq, type Node } from "yaml";
import { CsvSyntaxError, parseCsv } from "./parse-csv.js";
import type { ActualsIssue } from "./types.js";

/** A row of the actuals before its values are checked: each field keeps the line it is on. */
export interface RawRecord {
  line: number;
  fields: Partial<Record<ObservationField, { value: unknown; line: number }>>;
}

/** `note`: optional free text beside a value (why a score dropped, what a survey said). */
export const OBSERVATION_FIELDS = ["date", "metric", "value", "channel", "note"] as const;
export type ObservationField = (typeof OBSERVATION_FIELDS)[number];
const REQUIRED: readonly ObservationField[] = ["date", "metric", "value"];

export interface RawRecords {
  records: RawRecord[];
  issues: ActualsIssue[];
}

export type ActualsFormat = "csv" | "structured";

/** CSV unless the file is named .json/.yaml/.yml or its text starts like a JSON or YAML list. */
export function detectFormat(file: string, text: string): ActualsFormat {
  if (/\.(json|ya?ml)$/i.test(file)) return "structured";
  if (/\.csv$/i.test(file)) return "csv";
  return /^\uFEFF?\s*(\[|-\s)/.test(text) ? "structured" : "csv";
}

/** The header names the columns (any order, any case); columns it does not know are ignored. */
export function csvRecords(text: string): RawRecords {
  let rows;
  try {
    rows = parseCsv(text);
  } catch (error) {
    if (!(error instanceof CsvSyntaxError)) throw error;
    return {
      records: [],
      issues: [{ severity: "error", code: "csv-syntax", message: error.message, line: error.line }],
    };
  }
  const [header, ...body] = rows;
  if (!header) return { records: [], issues: [] };
  const names = header.fields.map((name) => name.trim().toLowerCase());
  const missing = REQUIRED.filter((name) => !names.includes(name));
  if (missing.length > 0) {
    const semicolons = header.fields.length === 1 && header.fields[0]!.includes(";");
    const message = `the header must name the columns date, metric and value (missing: ${missing.join(", ")})${
      semicolons ? "; separate columns with commas, not semicolons" : ""
    }`;
    return { records: [], issues: [{ severity: "error", code: "csv-header", message, line: header.line }] };
  }
  const records = body.map((row) => {
    const fields: RawRecord["fields"] = {};
    for (const name of OBSERVATION_FIELDS) {
      const index = names.indexOf(name);
      const value = index >= 0 ? row.fields[index] : undefined;
      if (value !== undefined && value !== "") fields[name] = { value, line: row.line };
    }
    return { line: row.line, fields };
  });
  return { records, issues: [] };
}

/**
 * A JSON or YAML list of objects with the same fields as the CSV columns. YAML 1.2's parser
 * reads both and keeps positions (so it also forgives a trailing comma in JSON).
 */
export function structuredRecords(text: string): RawRecords {
  const lineCounter = new LineCounter();
  const doc = parseDocument(text, {
    lineCounter,
    version: "1.2",
    schema: "core",
    uniqueKeys: true,
    prettyErrors: false,
  });
  const lineOf = (node: { range?: readonly number[] | null } | null | undefined): number =>
    lineCounter.linePos(node?.range?.[0] ?? 0).line;
  const firstError = doc.errors[0];
  if (firstError) {
    const line = lineCounter.linePos(firstError.pos[0]).line;
    return {
      records: [],
      issues: [{ severity: "error", code: "syntax", message: firstError.message.split("\n")[0]!, line }],
    };
  }
  if (doc.contents === null) return { records: [], issues: [] };
  if (!isSeq(doc.contents)) {
    return {
      records: [],
      issues: [
        {
          severity: "error",
          code: "not-a-list",
          message: "expected a list of observations like [{date, metric, value}]",
          line: lineOf(doc.contents),
        },
      ],
    };
  }
  const records: RawRecord[] = [];
  const issues: ActualsIssue[] = [];
  for (const item of doc.contents.items) {
    const line = lineOf(item);
    if (!isMap(item)) {
      issues.push({
        severity: "error",
        code: "not-an-object",
        message: "each observation must be an object with date, metric and value",
        line,
      });
      continue;
    }
    const fields: RawRecord["fields"] = {};
    for (const pair of item.items) {
      const raw = (pair.key as { value?: unknown } | null)?.value;
      const key = typeof raw === "string" ? raw : "";
      if (!(OBSERVATION_FIELDS as readonly string[]).includes(key)) continue;
      const node = pair.value as Node | null;
      const value: unknown = node && "value" in node ? node.value : node?.toJSON();
      if (value !== null && value !== undefined)
        fields[key as ObservationField] = { value, line: lineOf(node ?? (pair.key)) };
    }
    records.push({ line, fields });
  }
  return { records, issues };
}
