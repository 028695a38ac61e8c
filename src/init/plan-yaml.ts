// Writes a plan as commented YAML: the schema modeline first, a comment above each section,
// keys in the schema's order, short lists and small maps on one line.
import { Document, isMap, isPair, isScalar, isSeq, Scalar, visit, type Pair } from "yaml";
import type { Plan } from "../plan/types.js";
import { orderLikeSchema } from "./schema-order.js";
import { sectionComments } from "./section-comments.js";

const FLOW_MAX = 72;

/** schemaPath: the modeline's target, relative to the plan's folder; no modeline without one. */
export function planToYaml(plan: Plan, options: { schemaPath?: string; today: string }): string {
  const doc = new Document(orderLikeSchema(plan));
  doc.commentBefore =
    (options.schemaPath ? ` yaml-language-server: $schema=${options.schemaPath}\n` : "") +
    ` Community plan, started with \`community-plan init\` on ${options.today}.\n` +
    " Edit it freely; `community-plan lint` checks it.";
  // Lists first, so the second pass can tell which maps hold only one-line values.
  visit(doc, {
    Scalar(_key, node) {
      // YAML 1.1 readers take 09:30 for a number of minutes; quote times and signed changes.
      if (typeof node.value === "string" && /^(\d{2}:\d{2}|[+-]\d.*%)$/.test(node.value)) node.type = Scalar.QUOTE_DOUBLE;
    },
    Seq(_key, node) {
      if (node.items.every(isScalar) && node.items.map((item) => String(item.value)).join(", ").length <= FLOW_MAX) node.flow = true;
    },
  });
  visit(doc, {
    Map(_key, node, path) {
      // Small maps of one-line values inside an item (a cadence, a moderator's hours, the team)
      // read best on one line; sections, list items and translated texts stay in block style.
      const small = node.items.length <= 3 && node.items.every((pair) => isScalar(pair.value) || (isSeq(pair.value) && pair.value.flow));
      const short = String(node).length <= FLOW_MAX + 8;
      // path: document, plan, section pair, section, pair: only maps at least that deep.
      if (small && short && isPair(path[path.length - 1]) && path.length >= 5 && !isTranslation(node.items)) node.flow = true;
    },
  });
  if (isMap(doc.contents)) {
    for (const [index, pair] of doc.contents.items.entries()) {
      const key = pair.key as Scalar;
      const comment = sectionComments[String(key.value)];
      if (comment) key.commentBefore = comment.split("\n").map((line) => ` ${line}`).join("\n");
      if (index > 0) key.spaceBefore = true;
    }
  }
  return doc.toString({ lineWidth: 0, flowCollectionPadding: false });
}

function isTranslation(items: readonly Pair[]): boolean {
  return items.every((pair) => isScalar(pair.key) && /^[a-z]{2,3}(-[A-Za-z0-9]{1,8})*$/.test(String(pair.key.value)));
}
