export interface Counts {
  passed: number;
  failed: number;
  skipped: number;
}
/** checksFailed: the type-check or the linter, run before the tests, failed (one failure). */
export function summarize(run: { report?: unknown; exitStatus: number; log?: string; checksFailed?: boolean }): Counts;
export function unhandledErrors(log: string): number;
export function summaryLine(counts: Counts): string;
