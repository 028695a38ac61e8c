// Small constructors so the flow reads as a list of questions rather than object plumbing.
import type { Choice, ConfirmQuestion, MultiQuestion, Parsed, SearchQuestion, SelectQuestion, TextQuestion } from "./question.js";
import { choice, choices, yesNo } from "./validators.js";

type Spec<T> = { key: string; message: string; default: T | undefined; parse(raw: unknown): Parsed<T>; fromAnswers?(get: (key: string) => unknown): unknown };

const showValue = (value: unknown): string => (Array.isArray(value) ? value.join(", ") : String(value));

export function textQuestion<T>(spec: Spec<T> & { show?: (value: T) => string }): TextQuestion<T> {
  return { kind: "text", show: showValue, ...spec };
}

export function selectQuestion<T extends string>(
  spec: Omit<Spec<T>, "parse"> & { choices: Choice[]; what: string },
): SelectQuestion<T> {
  const allowed = spec.choices.map((item) => item.value) as T[];
  return { kind: "select", key: spec.key, message: spec.message, default: spec.default, choices: spec.choices, parse: (raw) => choice(raw, allowed, spec.what) };
}

export function multiQuestion<T extends string>(
  spec: Omit<Spec<T[]>, "parse"> & { choices: Choice[]; what: string; min?: number; check?: (values: T[]) => string | undefined },
): MultiQuestion<T[]> {
  const allowed = spec.choices.map((item) => item.value) as T[];
  return {
    kind: "multi",
    key: spec.key,
    message: spec.message,
    default: spec.default,
    choices: spec.choices,
    parse(raw) {
      const parsed = choices(raw, allowed, spec.what, spec.min ?? 1);
      if (!parsed.ok || !spec.check) return parsed;
      const problem = spec.check(parsed.value);
      return problem ? { ok: false, message: problem } : parsed;
    },
  };
}

export function confirmQuestion(spec: Omit<Spec<boolean>, "parse"> & { parse?: Spec<boolean>["parse"] }): ConfirmQuestion {
  return { kind: "confirm", parse: yesNo, ...spec };
}

export function searchQuestion<T>(spec: Spec<T> & { search(term: string | undefined): Choice[] }): SearchQuestion<T> {
  return { kind: "search", ...spec };
}

/** A confirm keyed by the next list item, so an answers file's list length answers it. */
export function anotherQuestion(key: string, message: string, parse?: Spec<boolean>["parse"]): ConfirmQuestion {
  return confirmQuestion({
    key,
    message,
    default: false,
    parse: (raw) => (raw !== null && typeof raw === "object" ? { ok: true, value: true } : (parse ?? yesNo)(raw)),
  });
}
