import { ExitCode, UsageError } from "../core/errors.js";
import type { Io } from "../io/streams.js";
import { ruleDocsText, ruleList } from "../lint/rule-docs.js";
import { ruleById, rules } from "../rules/index.js";
import { closest } from "../util/closest.js";

/** Lists every rule, or prints one rule's full documentation. */
export async function rulesCommand(options: { id?: string }, io: Io): Promise<number> {
  if (options.id === undefined) {
    io.stdout.write(ruleList(rules));
    return ExitCode.ok;
  }
  const rule = ruleById.get(options.id);
  if (!rule) {
    const suggestion = closest(options.id, ruleById.keys());
    throw new UsageError("E_UNKNOWN_RULE", `unknown rule "${options.id}"`, suggestion ? `did you mean "${suggestion}"?` : "run 'community-plan rules' to list them");
  }
  io.stdout.write(ruleDocsText(rule));
  return ExitCode.ok;
}
