import type { CommandUnknownOpts as Command } from "@commander-js/extra-typings";
import { completionScript, type Shell } from "../completion/index.js";
import { ExitCode } from "../core/errors.js";
import type { Io } from "../io/streams.js";
import { rules } from "../rules/index.js";
import { CALENDAR_KINDS } from "../calendar/kinds.js";

/** Prints the completion script; rule ids come from the registry so new rules complete at once. */
export async function completionCommand(options: { shell: Shell; program: Command }, io: Io): Promise<number> {
  const ids = rules.map((rule) => rule.id);
  const { documentNames } = await import("../render/documents.js");
  const { labelLanguages } = await import("../render/labels/index.js");
  const script = completionScript(options.shell, options.program, {
    arguments: { rules: ids },
    // By long flag, for every command that has it; a flag a command lacks is simply not used.
    options: {
      "--rule": ids.flatMap((id) => ["off", "warn", "error"].map((level) => `${id}=${level}`)),
      "--only": [...documentNames],
      "--include": [...CALENDAR_KINDS],
      "--exclude": [...CALENDAR_KINDS],
      "--quarter": ["next", "current"],
      "--lang": [...labelLanguages],
    },
  });
  io.stdout.write(script);
  return ExitCode.ok;
}
