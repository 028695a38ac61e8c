import type { ErrorObject } from "ajv";
import type { CoreFinding } from "../core/core-findings.js";
import type { Finding } from "../core/finding.js";
import { closest, soleClosest } from "../util/closest.js";
import { languageByName, languageName, zonesByName } from "../util/name-table.js";
import { describePath, parsePointer } from "./json-pointer.js";
import { schemaPatterns } from "./schema-patterns.js";

/** Past this many, more schema errors only bury the first ones. */
export const MAX_SCHEMA_FINDINGS = 100;

interface FormatWords {
  format: string;
  example: string;
}

/** What each pattern in the schema means, keyed by the pattern itself (ajv may inline a `$ref`,
 *  so the error's schema path does not reliably name the definition). */
export const FORMATS: Record<string, FormatWords> = {
  [schemaPatterns.isoDate]: { format: "a date", example: "2027-03-31" },
  [schemaPatterns.localTime]: { format: "a 24-hour time", example: "17:00" },
  [schemaPatterns.duration]: { format: "a duration", example: "45m, 1h30m, 2d or 1w" },
  [schemaPatterns.timeZone]: { format: "an IANA time zone", example: "Europe/Amsterdam" },
  [schemaPatterns.language]: { format: "a language tag", example: "en or pt-BR" },
  [schemaPatterns.id]: { format: "an id of lower-case letters, digits and dashes", example: "peer-support" },
  [schemaPatterns.change]: { format: "a signed percentage", example: "+15%" },
  [schemaPatterns.ageRange]: { format: "an age range", example: "25-40" },
  [schemaPatterns.countryCode]: { format: "a two-letter country code", example: "NL" },
  [schemaPatterns.holidayRegion]: { format: "a country code, optionally with a subdivision", example: "NL or DE-BY" },
};

const TYPE_NAMES: Record<string, string> = {
  string: "text",
  number: "a number",
  integer: "a whole number",
  boolean: "true or false",
  object: "a mapping of keys to values",
  array: "a list",
  null: "empty",
};

/**
 * Turns ajv's errors into findings a community manager can act on: one per problem, at the
 * node that has it, with the branches of anyOf/oneOf folded into one message.
 */
export function schemaFindings(errors: readonly ErrorObject[]): Finding[] {
  const folded = dropTypeBesideList(foldBranches(errors.filter((e) => e.keyword !== "if")));
  const findings: Finding[] = [];
  const seen = new Set<string>();
  for (const error of folded) {
    const finding = toFinding(error);
    const key = `${finding.messageId}|${finding.path.join("/")}|${JSON.stringify(finding.data)}`;
    if (seen.has(key)) continue;
    seen.add(key);
    findings.push(finding);
  }
  if (findings.length > MAX_SCHEMA_FINDINGS) {
    const rest = findings.length - MAX_SCHEMA_FINDINGS;
    const last = findings[MAX_SCHEMA_FINDINGS - 1]!;
    return [
      ...findings.slice(0, MAX_SCHEMA_FINDINGS),
      { ruleId: "schema", messageId: "truncated", data: { count: rest }, path: last.path, severity: "warning" },
    ];
  }
  return findings;
}

/**
 * Folds the errors of a failed anyOf/oneOf into one. ajv reports each branch's errors just before
 * the combinator's own error, and its schema paths are relative to whichever definition it
 * compiled separately, so branches are recognised by position and instance path instead.
 * When the value's type matches one branch, that branch's errors are the useful ones; otherwise
 * the combinator's error speaks for all of them.
 */
function foldBranches(errors: readonly ErrorObject[]): ErrorObject[] {
  const dropped = new Set<ErrorObject>();
  errors.forEach((error, index) => {
    // Errors inside `propertyNames` repeat what the propertyNames error says.
    if ((error as { propertyName?: string }).propertyName !== undefined && error.keyword !== "propertyNames") {
      dropped.add(error);
    }
    if (error.keyword !== "anyOf" && error.keyword !== "oneOf") return;
    const within = (e: ErrorObject) => e.instancePath === error.instancePath || e.instancePath.startsWith(error.instancePath + "/");
    const branchErrors: ErrorObject[] = [];
    for (let i = index - 1; i >= 0 && within(errors[i]!); i--) branchErrors.push(errors[i]!);
    const branches = (Array.isArray(error.schema) ? error.schema : []) as Array<{ type?: string }>;
    const matching = branches.filter((branch) => branch.type !== undefined && jsonType(error.data) === branch.type);
    if (matching.length === 1) {
      dropped.add(error);
      for (const e of branchErrors) if (e.keyword === "type" && e.instancePath === error.instancePath) dropped.add(e);
    } else {
      for (const e of branchErrors) dropped.add(e);
    }
  });
  return errors.filter((error) => !dropped.has(error));
}

/** A value that is not in an enum (or not the const) and also of the wrong type: the list of
 *  accepted values says all the type error would, and more. */
function dropTypeBesideList(errors: readonly ErrorObject[]): ErrorObject[] {
  const listed = new Set(errors.filter((e) => e.keyword === "enum" || e.keyword === "const").map((e) => e.instancePath));
  return errors.filter((e) => e.keyword !== "type" || !listed.has(e.instancePath));
}

/**
 * A language or place written by name where a tag or zone belongs ("norsk", "Dutch", "New York"):
 * the finding that names the tag or zone. Only consulted for a value that already failed, so a
 * clean plan never loads the name table.
 */
function nameForPattern(pattern: string, value: string, where: string): Pick<CoreFinding<"schema">, "messageId" | "data"> | undefined {
  if (pattern === schemaPatterns.language) {
    const tag = languageByName(value);
    return tag ? { messageId: "languageName", data: { where, name: value, tag, language: languageName(tag) } } : undefined;
  }
  if (pattern === schemaPatterns.timeZone) {
    const zones = zonesByName(value);
    return zones.length > 0 ? { messageId: "zoneName", data: { where, name: value, zones: zones.map((zone) => `"${zone}"`).join(" or ") } } : undefined;
  }
  return undefined;
}

function jsonType(value: unknown): string {
  if (value === null) return "null";
  if (Array.isArray(value)) return "array";
  return typeof value;
}

function toFinding(error: ErrorObject): CoreFinding<"schema"> {
  const path = parsePointer(error.instancePath);
  const where = describePath(path);
  const base = { ruleId: "schema" as const, path };
  const params = error.params as Record<string, unknown>;
  switch (error.keyword) {
    case "additionalProperties": {
      const key = String(params.additionalProperty);
      const known = Object.keys((error.parentSchema as { properties?: object } | undefined)?.properties ?? {});
      const guess = closest(key, known);
      return {
        ...base,
        path: [...path, key],
        at: "key",
        messageId: "unknownKey",
        data: { key, where, suggestion: guess ? ` Did you mean "${guess}"?` : "" },
      };
    }
    case "propertyNames": {
      const named = nameForPattern(schemaPatterns.language, String(params.propertyName), `The key "${String(params.propertyName)}" in ${where}`);
      if (named) return { ...base, path: [...path, String(params.propertyName)], at: "key", ...named };
      return {
        ...base,
        path: [...path, String(params.propertyName)],
        at: "key",
        messageId: "badFormat",
        data: { where: `The key "${String(params.propertyName)}" in ${where}`, ...FORMATS[schemaPatterns.language]! },
      };
    }
    case "required":
      return { ...base, at: "key", messageId: "missingKey", data: { where, key: String(params.missingProperty) } };
    case "type":
      return { ...base, messageId: "wrongType", data: { where, expected: expectedType(String(params.type)) } };
    case "pattern": {
      const named = typeof error.data === "string" ? nameForPattern(String(params.pattern), error.data, where) : undefined;
      if (named) return { ...base, ...named };
      const format = FORMATS[String(params.pattern)] ?? { format: "text matching", example: String(params.pattern) };
      return { ...base, messageId: "badFormat", data: { where, ...format } };
    }
    case "enum": {
      const allowed = (params.allowedValues as unknown[]).map(String);
      const guess = typeof error.data === "string" ? closest(error.data, allowed) : undefined;
      const sure = guess !== undefined && typeof error.data === "string" ? soleClosest(error.data, allowed) : undefined;
      return {
        ...base,
        messageId: "notInList",
        data: { where, allowed: allowed.join(", "), suggestion: guess ? ` Did you mean "${guess}"?` : "" },
        ...(sure !== undefined ? { fix: { from: error.data as string, to: sure } } : {}),
      };
    }
    case "const":
      return { ...base, messageId: "exactValue", data: { where, value: JSON.stringify(params.allowedValue) } };
    case "minItems":
      return { ...base, messageId: "tooFew", data: { where, min: Number(params.limit), noun: plural(Number(params.limit), "item") } };
    case "maxItems":
      return { ...base, messageId: "tooMany", data: { where, max: Number(params.limit), noun: plural(Number(params.limit), "item") } };
    case "minLength":
    case "minProperties":
      return { ...base, messageId: "empty", data: { where } };
    case "uniqueItems": {
      const index = Number(params.i);
      const items = error.data as unknown[];
      return { ...base, path: [...path, index], messageId: "duplicateItem", data: { where, value: String(items[index]) } };
    }
    case "minimum":
    case "maximum":
    case "exclusiveMinimum":
    case "exclusiveMaximum":
      return { ...base, messageId: "outOfRange", data: { where, comparison: String(params.comparison), limit: Number(params.limit) } };
    case "not":
      if (isTargetOrChange(error.schema)) {
        return { ...base, path: [...path, "change"], at: "key", messageId: "targetOrChange", data: { where } };
      }
      return { ...base, messageId: "outOfRange", data: { where, comparison: "!=", limit: JSON.stringify(error.data) } };
    case "oneOf":
      // The schema's only oneOf: a monthly cadence's day-or-nth-weekday choice.
      if (error.instancePath.endsWith("/cadence")) return { ...base, messageId: "monthlyCadence", data: { where } };
      return { ...base, messageId: "invalid", data: { where, detail: "oneOf" } };
    case "anyOf":
      // The schema's only anyOf: text, or text per language.
      if (isLocalizedText(error.parentSchema)) return { ...base, messageId: "localizedText", data: { where } };
      return { ...base, messageId: "invalid", data: { where, detail: "anyOf" } };
    default:
      // The validator writes no messages of its own (scripts/generate.mjs): every finding has ours.
      return { ...base, messageId: "invalid", data: { where, detail: error.keyword } };
  }
}

function isTargetOrChange(schema: unknown): boolean {
  const required = (schema as { required?: string[] } | undefined)?.required ?? [];
  return required.includes("target") && required.includes("change");
}

function isLocalizedText(schema: unknown): boolean {
  const branches = (schema as { anyOf?: Array<{ propertyNames?: unknown }> } | undefined)?.anyOf ?? [];
  return branches.some((branch) => branch.propertyNames !== undefined);
}

function expectedType(type: string): string {
  return type
    .split(",")
    .map((t) => TYPE_NAMES[t] ?? t)
    .join(" or ");
}

function plural(count: number, noun: string): string {
  return count === 1 ? noun : `${noun}s`;
}
