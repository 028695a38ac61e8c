// The one module that imports Inquirer. It maps each kind of question to a prompt and hands
// validation back to the question's own `parse`, so the terminal shows the same messages the
// answers file and the tests get.
import { checkbox, confirm, input, search, select, Separator } from "@inquirer/prompts";
import { InterruptedError } from "../core/errors.js";
import type { Ask, Choice, Parsed, Question } from "./question.js";

export interface TerminalStreams {
  input?: NodeJS.ReadableStream;
  output?: NodeJS.WritableStream;
}

const check = (parsed: Parsed<unknown>): true | string => (parsed.ok ? true : parsed.message);

export function inquirerRunner(streams: TerminalStreams = {}): Ask {
  const ask = async <T>(question: Question<T>): Promise<T> => {
    if (question.intro) (streams.output ?? process.stdout).write(`\n${question.intro}\n`);
    const raw = await prompt(question, streams).catch((error: unknown) => {
      // Ctrl-C: Inquirer rejects with ExitPromptError; the command then writes nothing.
      if (error instanceof Error && error.name === "ExitPromptError") {
        throw new InterruptedError("E_INTERRUPTED", "stopped; no file was written");
      }
      throw error;
    });
    const parsed = question.parse(raw);
    if (!parsed.ok) throw new Error(`prompt accepted an answer its question refuses: ${question.key}`);
    return parsed.value;
  };
  return ask;
}

function prompt<T>(question: Question<T>, context: TerminalStreams): Promise<unknown> {
  const { message } = question;
  switch (question.kind) {
    case "text":
      return input(
        {
          message,
          default: question.default === undefined ? undefined : question.show(question.default),
          validate: (value) => check(question.parse(value)),
        },
        context,
      );
    case "confirm":
      return confirm({ message, default: question.default as boolean | undefined }, context);
    case "select":
      return select(
        {
          message,
          choices: withSeparators(question.choices),
          default: question.default as string | undefined,
          // Room for the review step's ten choices and its separator, without scrolling.
          pageSize: 12,
        },
        context,
      );
    case "multi": {
      const checked = new Set((question.default as string[] | undefined) ?? []);
      return checkbox(
        {
          message,
          choices: question.choices.map((choice) => ({ ...choice, checked: checked.has(choice.value) })),
          pageSize: 12,
          validate: (selected) => check(question.parse(selected.map((item) => item.value))),
        },
        context,
      );
    }
    case "search":
      return search(
        {
          message,
          source: (term) => question.search(term),
          default: question.default as string | undefined,
          validate: (value) => check(question.parse(value)),
          pageSize: 8,
        },
        context,
      );
  }
}

function withSeparators(choices: readonly Choice[]): Array<Omit<Choice, "separatorBefore"> | Separator> {
  return choices.flatMap(({ separatorBefore, ...choice }) => (separatorBefore ? [new Separator(), choice] : [choice]));
}
