import { examples, type CliContext } from "./types.js";

export function registerRules({ program, io, setExit }: CliContext): void {
  program
    .command("rules")
    .description("list the lint rules, or show one rule's documentation")
    .argument("[id]", "a rule id, e.g. smart-targets")
    .addHelpText("after", examples(["community-plan rules", "community-plan rules smart-targets", "community-plan rules | grep warning"]))
    .action(async (id) => {
      const { rulesCommand } = await import("../commands/rules.js");
      setExit(await rulesCommand({ id }, io));
    });
}
