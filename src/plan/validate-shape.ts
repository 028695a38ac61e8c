import type { ErrorObject } from "ajv";
import type { Finding } from "../core/finding.js";
import { schemaFindings } from "./schema-findings.js";
import type { Plan } from "./types.js";
// Compiled from the schema at build time (scripts/generate.mjs): start-up never compiles it.
import { validate } from "./validate.generated.js";

type StandaloneValidator = ((data: unknown) => boolean) & { errors?: ErrorObject[] | null };
const validatePlan = validate as StandaloneValidator;

/** Checks the plan's structure against the JSON Schema. */
export function validateShape(data: unknown): { plan: Plan; findings: [] } | { plan?: undefined; findings: Finding[] } {
  if (validatePlan(data)) return { plan: data as Plan, findings: [] };
  return { findings: schemaFindings(validatePlan.errors ?? []) };
}
