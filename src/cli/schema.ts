import { examples, type CliContext } from "./types.js";

export function registerSchema({ program, io, setExit }: CliContext): void {
  program
    .command("schema")
    .description("print the plan's JSON Schema (for editors and other tools)")
    .addHelpText(
      "after",
      examples(["community-plan schema > community-plan.schema.json", "community-plan schema | jq '.$defs.target'"]),
    )
    .action(async () => {
      const { schemaCommand } = await import("../commands/schema.js");
      setExit(await schemaCommand(io));
    });
}
