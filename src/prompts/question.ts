// Questions are data: what to ask, the default, the choices, and one `parse` that both checks
// and converts an answer. Every way of answering (Inquirer, --answers, --yes, tests) goes
// through the same `parse`, so a value is accepted or refused with the same message everywhere.

/** Either the converted value, or the message to show next to the question. */
export type Parsed<T> = { ok: true; value: T } | { ok: false; message: string };

export const ok = <T>(value: T): Parsed<T> => ({ ok: true, value });
export const fail = <T = never>(message: string): Parsed<T> => ({ ok: false, message });

export interface Choice {
  value: string;
  name: string;
  /** Shown under the list while the choice is highlighted: why it is recommended, what it means. */
  description?: string;
  /** Draws a line before this choice in a terminal, setting apart what comes before it. */
  separatorBefore?: boolean;
}

interface BaseQuestion<T> {
  /** Where the answer lives in an --answers file, e.g. `personas[0].timeZones`; also names the field in errors. */
  key: string;
  message: string;
  /** Used by --yes and offered on Enter; undefined means the question has no sensible default. */
  default: T | undefined;
  /** A line shown before the question in a terminal, where a new part of the plan begins. */
  intro?: string;
  /** Accepts what a person typed or what an answers file holds; returns the value or a helpful message. */
  parse(raw: unknown): Parsed<T>;
  /**
   * An answers file that leaves this key out may still answer it through other keys (the team's
   * size from its list of members). `get` reads a key from the file; the keys read count as used.
   * Undefined means "not answered there either".
   */
  fromAnswers?(get: (key: string) => unknown): unknown;
}

export interface TextQuestion<T> extends BaseQuestion<T> {
  kind: "text";
  /** How the default is shown (and pre-parsed) in the terminal. */
  show(value: T): string;
}

export interface SelectQuestion<T> extends BaseQuestion<T> {
  kind: "select";
  choices: Choice[];
}

export interface MultiQuestion<T> extends BaseQuestion<T> {
  kind: "multi";
  choices: Choice[];
}

export interface ConfirmQuestion<T = boolean> extends BaseQuestion<T> {
  kind: "confirm";
}

export interface SearchQuestion<T> extends BaseQuestion<T> {
  kind: "search";
  /** The choices matching what has been typed so far; the default first when nothing is typed. */
  search(term: string | undefined): Choice[];
}

export type Question<T> = TextQuestion<T> | SelectQuestion<T> | MultiQuestion<T> | SearchQuestion<T> | ConfirmQuestion<T>;

/** Asks one question and resolves with its parsed answer; the only thing the flow knows about prompting. */
export type Ask = <T>(question: Question<T>) => Promise<T>;

/** Facts the flow needs from outside, injected so tests and `--today` control them. */
export interface FlowContext {
  today: string;
  /** The machine's time zone, offered as the first default. */
  systemTimeZone: string;
}
