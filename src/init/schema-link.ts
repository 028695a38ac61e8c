// Where the `# yaml-language-server: $schema=` line of a new plan points. Editors resolve it
// from the plan's own folder, so only a schema they can reach from there is worth naming: the
// one in a node_modules folder at or above the plan (a project's local install). Behind npx or
// a global install there is none, and a path would point nowhere.
import { existsSync } from "node:fs";
import path from "node:path";

const INSTALLED = path.join("node_modules", "community-plan", "schemas", "community-plan.schema.json");

/** The installed schema relative to the plan's folder (`./…` or `../…`, with `/`), or undefined. */
export function installedSchemaFrom(planDir: string): string | undefined {
  for (let dir = path.resolve(planDir); ; dir = path.dirname(dir)) {
    const candidate = path.join(dir, INSTALLED);
    if (existsSync(candidate)) {
      const relative = path.relative(path.resolve(planDir), candidate).split(path.sep).join("/");
      return relative.startsWith("../") ? relative : `./${relative}`;
    }
    if (path.dirname(dir) === dir) return undefined;
  }
}

/** What to do for editor help when no installed schema can be reached (printed by init). */
export function editorHelpHint(planFile: string): string {
  const schemaFile = path.join(path.dirname(planFile), "community-plan.schema.json");
  return (
    `editor help: no installed community-plan schema is reachable from ${planFile}'s folder, so no $schema line was written.\n` +
    `  To get checks and completion in your editor: community-plan schema > ${schemaFile}\n` +
    "  and add this first line to the plan: # yaml-language-server: $schema=./community-plan.schema.json\n"
  );
}
