export interface Counts {
  passed: number;
  failed: number;
  skipped: number;
}
export function summarize(run: { report?: unknown; exitStatus: number; log?: string }): Counts;
export function unhandledErrors(log: string): number;
export function summaryLine(counts: Counts): string;
