// Reads an --answers file (YAML or JSON; JSON is YAML) into the object the answers runner
// looks values up in.
import { parse } from "yaml";
import { InputError } from "../core/errors.js";
import { readPlanFile } from "../plan/read-plan-file.js";

export async function loadAnswers(file: string, shownAs: string): Promise<Record<string, unknown>> {
  let text: string;
  try {
    text = await readPlanFile(file, { kind: "answers file" });
  } catch (error) {
    // Name the file as the person typed it, not its absolute path.
    throw error instanceof InputError ? error.withFile(shownAs) : error;
  }
  let data: unknown;
  try {
    data = parse(text, { maxAliasCount: 100 });
  } catch (error) {
    const reason = (error instanceof Error ? error.message.split("\n")[0]! : String(error)).replace(/:$/, "");
    throw new InputError("E_ANSWERS_SYNTAX", `cannot read the answers: ${reason}`, { file: shownAs });
  }
  if (data === null || typeof data !== "object" || Array.isArray(data)) {
    throw new InputError("E_ANSWERS_SHAPE", "answers must be a mapping such as `community: { name: ... }`", { file: shownAs });
  }
  return data as Record<string, unknown>;
}
