import { Argument } from "@commander-js/extra-typings";
import { examples, type CliContext } from "./types.js";

// Kept here rather than imported from src/completion so `--help` loads nothing extra.
const SHELLS = ["bash", "zsh", "fish"] as const;

export function registerCompletion({ program, io, setExit }: CliContext): void {
  program
    .command("completion")
    .description("print a shell completion script (commands, options, formats, rule ids)")
    .addArgument(new Argument("<shell>", "the shell to complete in").choices(SHELLS))
    .addHelpText(
      "after",
      examples([
        "community-plan completion bash > ~/.local/share/bash-completion/completions/community-plan",
        'community-plan completion zsh > "${fpath[1]}/_community-plan"',
        "community-plan completion fish > ~/.config/fish/completions/community-plan.fish",
      ]),
    )
    .action(async (shell) => {
      const { completionCommand } = await import("../commands/completion.js");
      setExit(await completionCommand({ shell, program }, io));
    });
}
