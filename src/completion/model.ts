// What a completion script needs, read from the commander program itself so the scripts can
// never drift from the real commands and options.
import type { CommandUnknownOpts as Command } from "@commander-js/extra-typings";

export interface CompletionOption {
  /** Every spelling, e.g. ["-f", "--format"]. */
  flags: string[];
  description: string;
  /** Whether the option takes a value; `values` lists the known ones (empty: a file or free text). */
  takesValue: boolean;
  values: string[];
}

export interface CompletionCommand {
  name: string;
  description: string;
  options: CompletionOption[];
  /** Known values for the first positional argument (empty: files). */
  argumentValues: string[];
  subcommands: CompletionCommand[];
}

/** Extra values commander cannot know (they live in the rules registry, loaded only here). */
export interface ValueSources {
  /** Values for the first positional argument, by command name. */
  arguments: Record<string, string[]>;
  /** Values for an option, by its long flag, e.g. { "--rule": ["unique-ids=off", ...] }. */
  options: Record<string, string[]>;
}

export function completionModel(command: Command, sources: ValueSources): CompletionCommand {
  const options: CompletionOption[] = command.options
    .filter((option) => !option.hidden)
    .map((option) => {
      const flags = [option.short, option.long].filter((flag): flag is string => flag !== undefined);
      const known = (option.long && sources.options[option.long]) || option.argChoices || [];
      return { flags, description: option.description, takesValue: option.required || option.optional, values: [...known] };
    });
  options.push({ flags: ["-h", "--help"], description: "display help", takesValue: false, values: [] });
  const first = command.registeredArguments[0];
  return {
    name: command.name(),
    description: command.description(),
    options,
    argumentValues: [...(sources.arguments[command.name()] ?? first?.argChoices ?? [])],
    subcommands: command.commands.filter((sub) => sub.name() !== "help").map((sub) => completionModel(sub, sources)),
  };
}
