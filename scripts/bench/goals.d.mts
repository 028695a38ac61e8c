/** A measured case, as the tables and goals read it. */
export interface Row {
  name: string;
  role: string;
  plan?: string;
  size?: number;
  files?: number;
  ms: number;
  mib: number;
  growth?: number;
}

export interface Goal {
  wanted: string;
  roles: string[];
  when?: (row: Row) => boolean;
  subject?: (row: Row, rows: readonly Row[]) => string | undefined;
  measure: (row: Row, rows: readonly Row[]) => number | undefined;
  op: "≤" | "<" | "≥";
  limit: number;
  unit: string;
  digits: number;
}

export interface Verdict {
  goal: Goal;
  subject: string;
  value?: number;
  measured: string;
  target: string;
  met: boolean | undefined;
}

export const goals: Goal[];
export function verdicts(rows: readonly Row[], list?: readonly Goal[]): Verdict[];
