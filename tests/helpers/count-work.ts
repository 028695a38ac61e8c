// Counts the elements that array, set and map scans walk (and the characters string splits
// walk) while a synchronous function runs: a measure of work that, unlike a clock, does not
// depend on the machine or on what else it is doing. The built-ins are wrapped only for the
// duration of the call, then restored.

type Walked = (self: unknown, args: unknown[], result: unknown) => number;

const lengthOf = (self: unknown) => (self as { length: number }).length;
const sizeOf = (self: unknown) => (self as { size: number }).size;

const ARRAY_SCANS: Array<[PropertyKey, Walked]> = [
  ...["includes", "indexOf", "lastIndexOf", "find", "findIndex", "findLast", "findLastIndex", "filter", "some", "every", "forEach", "map", "flatMap", "reduce", "reduceRight", "join", "entries", "keys", "values", Symbol.iterator].map(
    (name): [PropertyKey, Walked] => [name, lengthOf],
  ),
  // These walk what they return, not the whole array.
  ["slice", (_, __, result) => lengthOf(result)],
  ["concat", (_, __, result) => lengthOf(result)],
];
const COLLECTION_SCANS: Array<[PropertyKey, Walked]> = ["forEach", "entries", "keys", "values", Symbol.iterator].map((name): [PropertyKey, Walked] => [name, sizeOf]);
const STRING_SCANS: Array<[PropertyKey, Walked]> = [["split", lengthOf]];

const TARGETS: Array<[object, Array<[PropertyKey, Walked]>]> = [
  [Array.prototype, ARRAY_SCANS],
  [Set.prototype, COLLECTION_SCANS],
  [Map.prototype, COLLECTION_SCANS],
  [String.prototype, STRING_SCANS],
];

/** Wraps the built-ins' scans; `counting` switches the count on and off, `restore` unwraps them. */
function instrument(): { setCounting(on: boolean): void; work(): number; restore(): void } {
  let work = 0;
  let counting = false;
  const restore: Array<() => void> = [];
  for (const [target, scans] of TARGETS) {
    for (const [name, walked] of scans) {
      const original = Reflect.get(target, name) as (...args: unknown[]) => unknown;
      const wrapped = function (this: unknown, ...args: unknown[]) {
        const result = Reflect.apply(original, this, args);
        if (counting) work += walked(this, args, result);
        return result;
      };
      Reflect.defineProperty(target, name, { value: wrapped, writable: true, configurable: true, enumerable: false });
      restore.push(() => Reflect.defineProperty(target, name, { value: original, writable: true, configurable: true, enumerable: false }));
    }
  }
  return {
    setCounting: (on) => (counting = on),
    work: () => work,
    restore: () => {
      counting = false;
      for (const undo of restore) undo();
    },
  };
}

/** Runs `run` and returns its result with the number of elements scans walked meanwhile. */
export function countWork<T>(run: () => T): { result: T; work: number } {
  // Only `run` is measured, not the wrapping and unwrapping around it.
  const counter = instrument();
  try {
    counter.setCounting(true);
    const result = run();
    counter.setCounting(false);
    return { result, work: counter.work() };
  } finally {
    counter.restore();
  }
}

/** countWork for an async function: counts until its promise settles. Nothing else may run meanwhile. */
export async function countAsyncWork<T>(run: () => Promise<T>): Promise<{ result: T; work: number }> {
  const counter = instrument();
  try {
    counter.setCounting(true);
    const result = await run();
    counter.setCounting(false);
    return { result, work: counter.work() };
  } finally {
    counter.restore();
  }
}
