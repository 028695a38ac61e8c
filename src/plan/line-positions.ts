/** Turns a source offset into a 1-based line and column: what yaml's LineCounter answers. */
export interface LinePositions {
  linePos(offset: number): { line: number; col: number };
}

/**
 * Line positions from the offsets where lines start (0, then one past each newline), for a plan
 * the simple YAML reader took: the same answers as yaml's LineCounter, without loading yaml.
 */
export function linePositions(lineStarts: readonly number[]): LinePositions {
  return {
    // yaml's binary search, kept as it is, so positions match whichever reader read the plan.
    linePos(offset) {
      let low = 0;
      let high = lineStarts.length;
      while (low < high) {
        const mid = (low + high) >> 1;
        if (lineStarts[mid]! < offset) low = mid + 1;
        else high = mid;
      }
      if (lineStarts[low] === offset) return { line: low + 1, col: 1 };
      if (low === 0) return { line: 0, col: offset };
      return { line: low, col: offset - lineStarts[low - 1]! + 1 };
    },
  };
}

export interface SourceRange {
  line: number;
  column: number;
  endLine: number;
  endColumn: number;
}

/** Where a finding is in the source: its start and end offsets. */
export type Offsets = readonly [number, number];

export function toSourceRange(lineCounter: LinePositions, [start, end]: Offsets): SourceRange {
  const from = lineCounter.linePos(start);
  const to = lineCounter.linePos(Math.max(start, end));
  return { line: from.line, column: from.col, endLine: to.line, endColumn: to.col };
}
