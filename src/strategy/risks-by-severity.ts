import type { Risk } from "../plan/types.js";

const LEVEL = { low: 1, medium: 2, high: 3 } as const;

export interface RatedRisk {
  risk: Risk;
  /** Likelihood × impact, each low/medium/high = 1/2/3: from 1 to 9. */
  severity: number;
}

/** Risks with their severity, most severe first; equal severities keep file order (a stable sort). */
export function risksBySeverity(risks: readonly Risk[]): RatedRisk[] {
  return risks
    .map((risk) => ({ risk, severity: LEVEL[risk.likelihood] * LEVEL[risk.impact] }))
    .sort((a, b) => b.severity - a.severity);
}
