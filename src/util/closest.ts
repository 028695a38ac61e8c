/** Edit distance (Levenshtein), for "did you mean" suggestions. */
export function editDistance(a: string, b: string): number {
  return editDistanceWithin(a, b, Math.max(a.length, b.length));
}

/**
 * The edit distance when it is at most `limit`, else `limit + 1`. Stops as soon as a row of the
 * table is all over the limit, so ruling out a far-off candidate costs a few cells, not a table.
 */
function editDistanceWithin(a: string, b: string, limit: number): number {
  if (a === b) return 0;
  if (Math.abs(a.length - b.length) > limit) return limit + 1;
  let previous = new Array<number>(b.length + 1);
  let current = new Array<number>(b.length + 1);
  for (let j = 0; j <= b.length; j++) previous[j] = j;
  for (let i = 1; i <= a.length; i++) {
    current[0] = i;
    let rowMin = i;
    for (let j = 1; j <= b.length; j++) {
      const cost = a[i - 1] === b[j - 1] ? 0 : 1;
      current[j] = Math.min(previous[j]! + 1, current[j - 1]! + 1, previous[j - 1]! + cost);
      if (current[j]! < rowMin) rowMin = current[j]!;
    }
    if (rowMin > limit) return limit + 1;
    [previous, current] = [current, previous];
  }
  return Math.min(previous[b.length]!, limit + 1);
}

/**
 * A "did you mean" finder over a fixed list, for many inputs: the candidates are lower-cased
 * once, and an input asked about again (one typo referenced in many places) is answered from
 * memory. Same answers as `closest`.
 */
export function typoMatcher(candidates: Iterable<string>): (input: string) => string | undefined {
  const list = [...candidates].map((candidate) => ({ candidate, lower: candidate.toLowerCase() }));
  const answers = new Map<string, string | undefined>();
  return (input) => {
    if (answers.has(input)) return answers.get(input);
    const needle = input.toLowerCase();
    // Only a candidate within `allowed` can be the answer, and only a strictly closer one can
    // replace the best so far (the first of equals wins), so the bound shrinks as matches improve.
    const allowed = Math.max(2, Math.floor(input.length / 3));
    let best: string | undefined;
    let bestDistance = allowed + 1;
    for (const { candidate, lower } of list) {
      const distance = editDistanceWithin(needle, lower, bestDistance - 1);
      if (distance < bestDistance) {
        best = candidate;
        bestDistance = distance;
        if (distance === 0) break;
      }
    }
    answers.set(input, best);
    return best;
  };
}

/** The candidate closest to `input`, if it is close enough to be a likely typo. */
export function closest(input: string, candidates: Iterable<string>): string | undefined {
  return typoMatcher(candidates)(input);
}

/**
 * The closest candidate when no other is as close: a "did you mean" sure enough for --fix to
 * apply. Two candidates at the same distance make a guess, and a guess is only shown. Prepared
 * once per list and answering from memory, like typoMatcher.
 */
export function soleMatcher(candidates: Iterable<string>): (input: string) => string | undefined {
  const list = [...candidates].map((candidate) => candidate.toLowerCase());
  const best = typoMatcher(candidates);
  const answers = new Map<string, string | undefined>();
  return (input) => {
    if (answers.has(input)) return answers.get(input);
    const match = best(input);
    let answer: string | undefined;
    if (match !== undefined) {
      const needle = input.toLowerCase();
      const distance = editDistance(needle, match.toLowerCase());
      let equals = 0;
      // Bounded: a candidate further off costs a few cells.
      for (const lower of list) if (editDistanceWithin(needle, lower, distance) <= distance && ++equals > 1) break;
      answer = equals === 1 ? match : undefined;
    }
    answers.set(input, answer);
    return answer;
  };
}

export function soleClosest(input: string, candidates: Iterable<string>): string | undefined {
  return soleMatcher(candidates)(input);
}
