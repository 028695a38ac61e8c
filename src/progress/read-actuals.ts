import { isIsoDate } from "../time/dates.js";
import { csvRecords, detectFormat, structuredRecords, type RawRecord } from "./raw-records.js";
import type { Actuals, ActualsIssue, Observation } from "./types.js";
import { compareStrings } from "../util/compare.js";

const NUMBER = /^[+-]?(\d+(\.\d*)?|\.\d+)([eE][+-]?\d+)?$/;

/**
 * Reads actuals text (CSV, JSON or YAML) into observations. Every unusable date, number or row
 * is an error with its line, all reported at once; two observations of one metric (and channel)
 * on one day keep the later one, with a warning. An empty file has no observations and no issues.
 */
export function readActuals(text: string, file: string): Actuals {
  const raw = detectFormat(file, text) === "csv" ? csvRecords(text) : structuredRecords(text);
  const issues: ActualsIssue[] = [...raw.issues];
  const byKey = new Map<string, Observation>();
  for (const record of raw.records) {
    const observation = toObservation(record, issues);
    if (!observation) continue;
    const key = JSON.stringify([observation.date, observation.metric, observation.channel ?? ""]);
    const earlier = byKey.get(key);
    if (earlier) {
      issues.push({
        severity: "warning",
        code: "duplicate",
        message: `${describe(observation)} on ${observation.date} is also on line ${earlier.line}; the later value (${observation.value}) is used`,
        line: observation.line,
      });
      byKey.delete(key);
    }
    byKey.set(key, observation);
  }
  const observations = [...byKey.values()].sort((a, b) => compareStrings(a.date, b.date) || a.line - b.line);
  issues.sort((a, b) => a.line - b.line || compareStrings(a.code, b.code));
  return { observations, issues };
}

function describe(observation: Observation): string {
  return observation.channel ? `"${observation.metric}" (channel "${observation.channel}")` : `"${observation.metric}"`;
}

function toObservation(record: RawRecord, issues: ActualsIssue[]): Observation | undefined {
  const errorsBefore = issues.length;
  const error = (code: string, message: string, line = record.line): void => {
    issues.push({ severity: "error", code, message, line });
  };
  const { date, metric, value, channel, note } = record.fields;
  for (const [name, field] of [
    ["date", date],
    ["metric", metric],
    ["value", value],
  ] as const) {
    if (field === undefined) error("missing-field", `the observation has no ${name}`);
  }
  if (date && (typeof date.value !== "string" || !isIsoDate(date.value))) {
    const hint =
      typeof date.value === "string" && /^\d{4}-\d{2}-\d{2}[T ]/.test(date.value)
        ? " (write the day only, without the time)"
        : "";
    error("bad-date", `${JSON.stringify(date.value)} is not a date like 2027-03-31${hint}`, date.line);
  }
  if (metric && (typeof metric.value !== "string" || metric.value.trim() === "")) {
    error(
      "bad-metric",
      `the metric must be a name like "weekly-active-members", not ${JSON.stringify(metric.value)}`,
      metric.line,
    );
  }
  const number = value ? parseNumber(value.value) : undefined;
  if (value && number === undefined) {
    const hint =
      typeof value.value !== "string"
        ? ""
        : /\d,\d/.test(value.value)
          ? " (write 1234.5, without thousands separators or a decimal comma)"
          : /\d\s*%$/.test(value.value)
            ? " (write the number without the % sign)"
            : "";
    error("bad-number", `${JSON.stringify(value.value)} is not a number${hint}`, value.line);
  }
  if (issues.length > errorsBefore || number === undefined) return undefined;
  const observation: Observation = {
    date: date!.value as string,
    metric: (metric!.value as string).trim(),
    value: number,
    line: record.line,
  };
  if (channel !== undefined && String(channel.value).trim() !== "") observation.channel = String(channel.value).trim();
  if (note !== undefined && String(note.value).trim() !== "") observation.note = String(note.value).replace(/\s+/g, " ").trim();
  return observation;
}

function parseNumber(value: unknown): number | undefined {
  if (typeof value === "number") return Number.isFinite(value) ? value : undefined;
  if (typeof value === "string" && NUMBER.test(value.trim())) return Number(value.trim());
  return undefined;
}
