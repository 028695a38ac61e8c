// Every file this run has read, by identity (device and inode), so that the one writer
// (src/io/atomic-write.ts) can refuse to replace any of them. Readers note what they read here;
// writers need not know what was read, so a new writer cannot forget a check it never makes.
// A module of its own, with no imports, so that every reader can note cheaply.

export type InputKind = "plan" | "actuals" | "export" | "answers file" | "template";

export interface RunInput {
  /** The absolute path as it was read. */
  file: string;
  kind: InputKind;
  dev: number;
  ino: number;
}

// Keyed by identity, so a long-lived process using the library (lintFiles on every save) holds
// one entry per distinct file, not one per read.
const inputs = new Map<string, RunInput>();

/** `identity` is the stat of the file just read (stat, not lstat: the file a symlink names). */
export function noteInput(file: string, kind: InputKind, identity: { dev: number; ino: number }): void {
  const key = `${identity.dev}:${identity.ino}`;
  if (!inputs.has(key)) inputs.set(key, { file, kind, dev: identity.dev, ino: identity.ino });
}

export function runInputs(): readonly RunInput[] {
  return [...inputs.values()];
}

/** A new run in the same process (tests call main() many times) starts with nothing read. */
export function forgetInputs(): void {
  inputs.clear();
}
