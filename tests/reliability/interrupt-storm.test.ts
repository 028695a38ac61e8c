// Ctrl-C and SIGTERM at varied moments of a real write (no test delay): a large plan, rendered as
// HTML over an older set of documents, is stopped at random points of its write phase. Whatever
// the moment, the folder then holds each document old or complete and new, and no temporary file.
import { spawn } from "node:child_process";
import { mkdirSync, mkdtempSync, readdirSync, readFileSync, rmSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import path from "node:path";
import { describe, expect, it } from "vitest";
import { generatedPlan } from "../../scripts/bench/plan-generator.mjs";
import { binPath } from "../helpers/run-cli.js";

const RUNS = 20;
const DOCUMENTS = ["calendar.html", "guidelines.en.html", "strategy.html"];
const OLD = "an older document, which must stay whole or be replaced whole\n";
const args = ["render", "plan.yaml", "--format", "html", "--out", "out", "--today", "2026-12-01", "--quarter", "2027-Q1"];

interface Outcome {
  code: number | null;
  signal: NodeJS.Signals | null;
  /** Milliseconds from spawn to the process's end. */
  took: number;
}

/** Runs the render; with `signal`, stops it `killAfter` ms after the spawn. */
function renderOnce(dir: string, signal?: NodeJS.Signals, killAfter = 0): Promise<Outcome> {
  return new Promise((resolve, reject) => {
    const started = Date.now();
    const child = spawn(process.execPath, [binPath, ...args], { cwd: dir, stdio: "ignore", env: { ...process.env, NO_COLOR: "1" } });
    const timer = signal ? setTimeout(() => child.kill(signal), killAfter) : undefined;
    child.on("error", reject);
    child.on("close", (code, endSignal) => {
      clearTimeout(timer);
      resolve({ code, signal: endSignal, took: Date.now() - started });
    });
  });
}

function resetOut(dir: string): void {
  rmSync(path.join(dir, "out"), { recursive: true, force: true });
  mkdirSync(path.join(dir, "out"));
  for (const name of DOCUMENTS) writeFileSync(path.join(dir, "out", name), OLD);
}

/** One lane of runs in its own folder; `moments` are the kill delays, ms after the spawn. */
async function lane(dir: string, moments: number[], first: number, fresh: Record<string, string>): Promise<Array<number | null>> {
  const codes: Array<number | null> = [];
  for (const [k, moment] of moments.entries()) {
    const i = first + k;
    resetOut(dir);
    const signal = i % 2 === 0 ? "SIGINT" : "SIGTERM";
    const outcome = await renderOnce(dir, signal, moment);
    codes.push(outcome.code);
    const label = `run ${i} (${signal} ${Math.round(moment)} ms after the start)`;
    // The manifest is written after the documents, so a run stopped between them has none yet.
    expect(readdirSync(path.join(dir, "out")).filter((name) => name !== ".community-plan-docs.json").sort(), label).toEqual(DOCUMENTS);
    for (const name of DOCUMENTS) {
      const text = readFileSync(path.join(dir, "out", name), "utf8");
      expect(text === OLD || text === fresh[name], `${label}: ${name} is neither old nor complete`).toBe(true);
    }
    // Stopped by the handler (130/143), or finished before the signal came (0). Before the handler
    // is installed (start-up) or after Node has put the default handling back (its last instant),
    // the signal ends the run itself: a shell sees 130/143 all the same.
    expect([0, signal === "SIGINT" ? 130 : 143, signal], `${label}: ${outcome.code} ${outcome.signal}`).toContain(outcome.code ?? outcome.signal);
  }
  return codes;
}

function largePlanDir(): string {
  const dir = mkdtempSync(path.join(tmpdir(), "community-plan-storm-"));
  // 200 weekly series over a quarter: about 2,600 calendar entries, ~1 MB of HTML.
  writeFileSync(path.join(dir, "plan.yaml"), generatedPlan(200));
  mkdirSync(path.join(dir, "out"));
  return dir;
}

describe("signals at varied moments of a large render", () => {
  it(`leaves no temporary file and only whole documents in ${RUNS} runs`, async () => {
    const dirs = [largePlanDir(), largePlanDir()];
    // Both lanes at once, as the runs below go, to time a whole run under the same load.
    const references = await Promise.all(dirs.map((dir) => renderOnce(dir)));
    expect(references.map((reference) => reference.code)).toEqual([0, 0]);
    const fresh = Object.fromEntries(DOCUMENTS.map((name) => [name, readFileSync(path.join(dirs[0]!, "out", name), "utf8")]));
    expect(fresh["calendar.html"]!.length).toBeGreaterThan(200_000);
    // Signals land from start-up, through the long synchronous render (a signal then is handled
    // at the first await, in the old writer while its first open() was still in flight), through
    // the writes, to a little past the end.
    const whole = Math.max(...references.map((reference) => reference.took));
    const moments = Array.from({ length: RUNS }, (_, i) => whole * (0.3 + (0.8 * i) / (RUNS - 1)));
    // Two lanes at once, each taking every other moment, to keep the test's time down.
    const lanes = await Promise.all(dirs.map((dir, l) => lane(dir, moments.filter((_, i) => i % 2 === l), l * (RUNS / 2), fresh)));
    const codes = lanes.flat();
    // Many runs must really have been stopped by the handler, or this proves nothing. (Load on the
    // machine moves the moments within a run, so not all of them can be counted on.)
    expect(codes.filter((code) => code === 130 || code === 143).length).toBeGreaterThanOrEqual(RUNS / 4);
  }, 60_000);
});
