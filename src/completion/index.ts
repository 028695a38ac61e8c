// Shell completion scripts, generated from the commander program and the rules registry.
import type { CommandUnknownOpts as Command } from "@commander-js/extra-typings";
import { bashScript } from "./bash.js";
import { fishScript } from "./fish.js";
import { completionModel, type ValueSources } from "./model.js";
import { zshScript } from "./zsh.js";

export const shells = ["bash", "zsh", "fish"] as const;
export type Shell = (typeof shells)[number];

const generators: Record<Shell, typeof bashScript> = { bash: bashScript, zsh: zshScript, fish: fishScript };

export function completionScript(shell: Shell, program: Command, sources: ValueSources): string {
  return generators[shell](completionModel(program, sources), program.name());
}

export { completionModel, type CompletionCommand, type ValueSources } from "./model.js";
