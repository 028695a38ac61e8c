// One fixed seed for every property test, so CI is deterministic; FUZZ_SEED=<n> explores others.
// fast-check prints the seed and the shrunk counter-example when a property fails.
import fc from "fast-check";

export const FUZZ_SEED = process.env.FUZZ_SEED ? Number(process.env.FUZZ_SEED) : 20271124;

export function fuzzParams(numRuns: number): fc.Parameters<unknown> {
  return { seed: FUZZ_SEED, numRuns, verbose: fc.VerbosityLevel.Verbose, endOnFailure: false };
}
