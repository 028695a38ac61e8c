// Ways to answer questions without a terminal. All of them call the question's own `parse`,
// so a bad value in an answers file is refused with the same message a person would see.
import { InputError } from "../core/errors.js";
import type { Ask, Question } from "./question.js";

/** `personas[0].timeZones` → ["personas", 0, "timeZones"]. */
export function keyPath(key: string): Array<string | number> {
  const path: Array<string | number> = [];
  for (const part of key.split(".")) {
    const match = /^([^[\]]*)((?:\[\d+\])*)$/.exec(part);
    if (!match) throw new Error(`bad question key "${key}"`);
    if (match[1]) path.push(match[1]);
    for (const index of match[2]!.matchAll(/\[(\d+)\]/g)) path.push(Number(index[1]));
  }
  return path;
}

export function lookup(answers: unknown, key: string): unknown {
  let node = answers;
  for (const step of keyPath(key)) {
    if (node === null || typeof node !== "object") return undefined;
    node = (node as Record<string | number, unknown>)[step];
  }
  return node;
}

function pastEndOfList(answers: unknown, key: string): boolean {
  const path = keyPath(key);
  let node = answers;
  for (const step of path) {
    if (typeof step === "number" && Array.isArray(node) && step >= node.length) return true;
    if (node === null || typeof node !== "object") return false;
    node = (node as Record<string | number, unknown>)[step];
  }
  return false;
}

/** The default as Enter in the terminal would submit it: text questions get their shown form. */
export function defaultAnswer<T>(question: Question<T>): unknown {
  return question.kind === "text" && question.default !== undefined ? question.show(question.default) : question.default;
}

function accept<T>(question: Question<T>, raw: unknown, source: string): T {
  const parsed = question.parse(raw);
  if (parsed.ok) return parsed.value;
  throw new InputError("E_ANSWER", `${question.key}: ${parsed.message}`, { file: source });
}

/** --yes: every question takes its default; a question without one cannot be skipped. */
export function defaultsRunner(source = "--yes"): Ask {
  return async <T>(question: Question<T>): Promise<T> => {
    if (question.default === undefined) {
      throw new InputError("E_ANSWER_MISSING", `${question.key} has no default; give it in an --answers file`);
    }
    return accept(question, defaultAnswer(question), source);
  };
}

/**
 * --answers: values from the file where it has them (a `null` means "the default"), and the
 * fallback runner (the terminal, or the defaults with --yes) for everything else.
 */
export function answersRunner(answers: unknown, file: string, fallback: Ask, asked?: Set<string>): Ask {
  return async <T>(question: Question<T>): Promise<T> => {
    asked?.add(question.key);
    let raw = lookup(answers, question.key);
    // A list in the file is complete: past its end ("Add another?", "Another one?") the
    // default, which ends the loop, is the answer.
    if (raw === undefined && pastEndOfList(answers, question.key)) raw = null;
    if (raw === undefined && question.fromAnswers) {
      raw = question.fromAnswers((key) => {
        const value = lookup(answers, key);
        // Only a value read as an answer counts as used; a list read for its length still has
        // its own entries checked, so a typo inside it is not hidden.
        if (value !== undefined && (value === null || typeof value !== "object")) asked?.add(key);
        return value;
      });
    }
    if (raw === undefined) return fallback(question);
    if (raw === null) {
      if (question.default === undefined) throw new InputError("E_ANSWER", `${question.key}: this question has no default`, { file });
      return accept(question, defaultAnswer(question), file);
    }
    return accept(question, raw, file);
  };
}

/** Used when stdin is not a terminal and no --yes was given: a missing answer is an error. */
export function missingRunner(file: string): Ask {
  return async (question) => {
    throw new InputError("E_ANSWER_MISSING", `${question.key} is missing and there is no terminal to ask`, {
      file,
      hint: "add it to the answers file, or pass --yes to take the defaults for what is missing",
    });
  };
}

/** Keys in the answers that no question asked: typos, or answers for questions this run skipped. */
export function unusedAnswers(answers: unknown, asked: ReadonlySet<string>): string[] {
  const unused: string[] = [];
  const walk = (node: unknown, key: string) => {
    const isObject = node !== null && typeof node === "object" && !Array.isArray(node);
    // A list can be an answer (languages: [en, nl]); an object only ever holds answers, even
    // when it also answered "add another?" by being there.
    if (asked.has(key) && !isObject) return;
    if (node !== null && typeof node === "object") {
      const entries = Array.isArray(node) ? node.map((item, index) => [`${key}[${index}]`, item] as const) : Object.entries(node).map(([name, value]) => [key ? `${key}.${name}` : name, value] as const);
      for (const [child, value] of entries) walk(value, child);
      return;
    }
    unused.push(key);
  };
  walk(answers, "");
  return unused;
}
