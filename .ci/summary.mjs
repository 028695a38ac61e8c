// The last line of .ci/run: "N passed, M failed" from vitest's JSON report, its console log and
// its exit status. The report alone under-counts: a test file that fails to import has no tests
// in it, and an unhandled rejection is in the log only. So failed files and unhandled errors are
// added, and a failed run never says 0 failed.
import { readFileSync } from "node:fs";
import { pathToFileURL } from "node:url";

/**
 * @param {{ report?: any, exitStatus: number, log?: string, checksFailed?: boolean }} run
 *   checksFailed: the type-check or the linter, run before the tests, failed; it counts as one failure.
 * @returns {{ passed: number, failed: number, skipped: number }}
 */
export function summarize({ report, exitStatus, log = "", checksFailed = false }) {
  if (!report) return { passed: 0, failed: 1 + (checksFailed ? 1 : 0), skipped: 0 };
  const files = report.testResults ?? [];
  // A file fails on its own (an import, a hook, a syntax error) when it says why or no test in it failed.
  const failedFiles = files.filter((file) => file.status === "failed" && (file.message || !file.assertionResults?.some((test) => test.status === "failed"))).length;
  let failed = (report.numFailedTests ?? 0) + failedFiles + unhandledErrors(log) + (checksFailed ? 1 : 0);
  if (exitStatus !== 0 && failed === 0) failed = 1;
  return { passed: report.numPassedTests ?? 0, failed, skipped: report.numPendingTests ?? 0 };
}

/** How many unhandled errors vitest says it caught. */
export function unhandledErrors(log) {
  const match = /Vitest caught (\d+) unhandled error/.exec(log.replace(/\x1b\[[0-9;]*m/g, ""));
  return match ? Number(match[1]) : 0;
}

/** @param {{ passed: number, failed: number, skipped: number }} counts */
export function summaryLine({ passed, failed, skipped }) {
  return `${passed} passed, ${failed} failed` + (skipped ? `, ${skipped} skipped` : "");
}

function readIfThere(file) {
  try {
    return readFileSync(file, "utf8");
  } catch {
    return undefined;
  }
}

if (import.meta.url === pathToFileURL(process.argv[1] ?? "").href) {
  const [reportFile, status, logFile, checks] = process.argv.slice(2);
  const text = readIfThere(reportFile);
  let report;
  try {
    report = text === undefined ? undefined : JSON.parse(text);
  } catch {
    report = undefined;
  }
  const counts = summarize({ report, exitStatus: Number(status), log: readIfThere(logFile) ?? "", checksFailed: checks === "1" });
  console.log(summaryLine(counts));
  // A missing report or a failure only the log knows of fails the run even when vitest exited 0.
  process.exitCode = counts.failed > 0 ? 1 : 0;
}
