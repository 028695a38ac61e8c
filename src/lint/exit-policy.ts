import { ExitCode } from "../core/errors.js";

export interface ExitPolicy {
  /** `warning`: any warning fails the run too. */
  failOn: "error" | "warning";
  /** More warnings than this fail the run. */
  maxWarnings?: number;
}

export interface ExitDecision {
  code: number;
  /** Why a run with only warnings failed, for a line on stderr. */
  reason?: string;
}

/** The exit code for a run's counts: errors always fail; warnings fail under --fail-on warning or past --max-warnings. */
export function decideExit(counts: { errors: number; warnings: number }, policy: ExitPolicy): ExitDecision {
  if (counts.errors > 0) return { code: ExitCode.findings };
  const noun = counts.warnings === 1 ? "warning" : "warnings";
  if (policy.failOn === "warning" && counts.warnings > 0) {
    return { code: ExitCode.findings, reason: `${counts.warnings} ${noun}, and --fail-on warning is set` };
  }
  if (policy.maxWarnings !== undefined && counts.warnings > policy.maxWarnings) {
    return { code: ExitCode.findings, reason: `${counts.warnings} ${noun}, more than --max-warnings ${policy.maxWarnings}` };
  }
  return { code: ExitCode.ok };
}
