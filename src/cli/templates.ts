import { examples, type CliContext } from "./types.js";

export function registerTemplates({ program, io, setExit }: CliContext): void {
  const templates = program
    .command("templates")
    .description("work with the templates `render` uses")
    .addHelpText(
      "after",
      examples([
        "community-plan templates eject my-templates",
        "community-plan render plan.yaml --templates my-templates",
      ]),
    );
  templates
    .command("eject")
    .description("copy the default templates into a directory, as a starting point for --templates")
    .argument("[dir]", "where to put them", "community-plan-templates")
    .option("--force", "overwrite files that already exist there")
    .addHelpText(
      "after",
      examples([
        "community-plan templates eject",
        "community-plan templates eject my-templates && community-plan render plan.yaml --templates my-templates",
      ]),
    )
    .action(async (dir, opts) => {
      const { ejectTemplates } = await import("../commands/templates-eject.js");
      setExit(await ejectTemplates({ dir, force: opts.force === true }, io));
    });
}
