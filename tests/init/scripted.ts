// A prompt runner for tests that behaves like a person at the terminal: for each question it
// types the scripted answers in turn, sees the validation message for each refused one (as
// Inquirer would show it), and presses Enter for the default when the script says nothing.
import type { Ask, Question } from "../../src/prompts/question.js";
import { defaultAnswer } from "../../src/prompts/runners.js";

export interface Transcript {
  /** Every question key, in the order asked. */
  asked: string[];
  /** Every refusal: the question and the message shown. */
  refused: Array<{ key: string; typed: unknown; message: string }>;
  /** The questions themselves, by key, for checking choices and defaults. */
  questions: Map<string, Question<unknown>>;
}

export function scripted(script: Record<string, unknown[]> = {}): { ask: Ask; transcript: Transcript } {
  const transcript: Transcript = { asked: [], refused: [], questions: new Map() };
  const ask = async <T>(question: Question<T>): Promise<T> => {
    transcript.asked.push(question.key);
    transcript.questions.set(question.key, question);
    const typed = [...(script[question.key] ?? [])];
    for (;;) {
      const raw = typed.length > 0 ? typed.shift() : defaultAnswer(question);
      const parsed = question.parse(raw);
      if (parsed.ok) return parsed.value;
      transcript.refused.push({ key: question.key, typed: raw, message: parsed.message });
      if (typed.length === 0) throw new Error(`script for ${question.key} ran out after: ${parsed.message}`);
    }
  };
  return { ask, transcript };
}

export const context = { today: "2026-11-24", systemTimeZone: "Europe/Amsterdam" };
