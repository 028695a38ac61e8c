// The registry of every rule, sorted by id. A test checks that each rule file is listed here
// and has its tests, docs and README row.
import type { Rule } from "../lint/define-rule.js";
import duplicateKey from "./duplicate-key.js";
import liveSessionHours from "./live-session-hours.js";
import schema from "./schema.js";
import uniqueIds from "./unique-ids.js";
import yamlSyntax from "./yaml-syntax.js";

export const rules: readonly Rule[] = [duplicateKey, liveSessionHours, schema, uniqueIds, yamlSyntax].sort((a, b) =>
  a.id.localeCompare(b.id),
) as Rule[];

export const ruleById: ReadonlyMap<string, Rule> = new Map(rules.map((rule) => [rule.id, rule]));
