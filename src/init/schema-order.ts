// Puts every object's keys in the order the schema lists its properties, so a written plan
// reads like the schema's documentation and diffs stay stable.
import { readFileSync } from "node:fs";
import { schemaPath } from "../io/package-files.js";

type SchemaNode = { $ref?: string; properties?: Record<string, SchemaNode>; items?: SchemaNode; $defs?: Record<string, SchemaNode> };

let cached: SchemaNode | undefined;
export function planSchema(): SchemaNode {
  cached ??= JSON.parse(readFileSync(schemaPath, "utf8")) as SchemaNode;
  return cached;
}

function resolve(node: SchemaNode, root: SchemaNode): SchemaNode {
  const ref = node.$ref?.replace(/^#\/\$defs\//, "");
  return ref && root.$defs?.[ref] ? resolve(root.$defs[ref], root) : node;
}

export function orderLikeSchema<T>(value: T, node: SchemaNode = planSchema(), root: SchemaNode = planSchema()): T {
  const schema = resolve(node, root);
  if (Array.isArray(value)) {
    return (schema.items ? value.map((item: unknown) => orderLikeSchema(item, schema.items, root)) : value) as T;
  }
  if (value === null || typeof value !== "object" || !schema.properties) return value;
  const properties = schema.properties;
  const known = Object.keys(properties).filter((key) => key in value);
  // Keys the schema does not list (language tags in a translated text) keep their own order.
  const rest = Object.keys(value).filter((key) => !(key in properties));
  const entries = [...known, ...rest].map((key) => {
    const child = (value as Record<string, unknown>)[key];
    return [key, properties[key] ? orderLikeSchema(child, properties[key], root) : child];
  });
  return Object.fromEntries(entries) as T;
}
