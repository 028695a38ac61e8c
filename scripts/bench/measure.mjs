// Cold whole-process runs. Time and memory come from separate runs, so that the memory probe
// (GNU time's extra process, or a preload in the measured process) never adds to a timed run.
import { spawnSync } from "node:child_process";
import { existsSync, mkdtempSync, readFileSync, rmSync } from "node:fs";
import os from "node:os";
import path from "node:path";
import { fileURLToPath } from "node:url";
import { median, peak } from "./stats.mjs";

const preload = path.join(path.dirname(fileURLToPath(import.meta.url)), "max-rss-preload.cjs");

/** Runs one case and insists on the exit code it declares: a case that fails fast is not a result. */
function run(c, { env, stdout = "ignore", wrap = [] } = {}) {
  const argv = [...wrap, ...c.argv];
  const result = spawnSync(argv[0], argv.slice(1), {
    cwd: c.cwd,
    env: env ?? process.env,
    stdio: ["ignore", stdout, "pipe"],
    encoding: "utf8",
    maxBuffer: 1 << 28,
  });
  if (result.error) throw result.error;
  const expected = c.exit ?? 0;
  if (result.status !== expected) {
    throw new Error(`${c.name}: exited ${result.status ?? result.signal}, expected ${expected}\n${c.argv.join(" ")}\n${result.stderr.slice(-1500)}`);
  }
  return result;
}

function timeOnce(c) {
  const start = process.hrtime.bigint();
  run(c);
  return Number(process.hrtime.bigint() - start) / 1e6;
}

/** Median wall time of `runs` cold runs per case, after one warm-up each, interleaved so that
 *  a noisy moment on the machine hits every case alike. */
export function measureTimes(cases, runs, progress = () => {}) {
  const samples = cases.map(() => []);
  cases.forEach((c) => timeOnce(c));
  for (let i = 0; i < runs; i++) {
    progress(`run ${i + 1}/${runs}`);
    cases.forEach((c, k) => samples[k].push(timeOnce(c)));
  }
  return samples.map(median);
}

function isGnuTime(file) {
  // BSD and busybox `time` take no `-f`; only trust one that prints the format asked for.
  const probe = spawnSync(file, ["-f", "%M", process.execPath, "-e", "0"], { encoding: "utf8" });
  return probe.status === 0 && /^\d+$/.test(probe.stderr.trim().split("\n").at(-1) ?? "");
}

/** How peak memory is measured here: GNU time where it exists, else a preload in every Node
 *  process of the case, which covers all the cases this benchmark runs. */
export function memoryMethod(choice = "auto") {
  const gnuTime = choice === "preload" ? undefined : ["/usr/bin/time", "/bin/time"].find((p) => existsSync(p) && isGnuTime(p));
  if (choice === "gnu-time" && !gnuTime) throw new Error("--memory gnu-time: no GNU time at /usr/bin/time or /bin/time");
  if (choice === "gnu-time" || (choice === "auto" && gnuTime)) {
    return { id: "gnu-time", command: gnuTime, describe: `peak RSS from GNU time (\`${gnuTime} -f %M\`), in separate runs` };
  }
  return { id: "preload", describe: "peak RSS from `process.resourceUsage().maxRSS` at exit, via a `--require` preload, in separate runs" };
}

function mibOnce(c, method) {
  if (method.id === "gnu-time") {
    const result = run(c, { wrap: [method.command, "-f", "%M"] });
    return Number(result.stderr.trim().split("\n").at(-1)) / 1024;
  }
  const dir = mkdtempSync(path.join(os.tmpdir(), "community-plan-bench-rss-"));
  const file = path.join(dir, "max-rss");
  try {
    // NODE_OPTIONS reaches the Node processes a case starts through a shim, not only the first.
    const nodeOptions = [process.env.NODE_OPTIONS, `--require ${JSON.stringify(preload)}`].filter(Boolean).join(" ");
    run(c, { env: { ...process.env, NODE_OPTIONS: nodeOptions, COMMUNITY_PLAN_BENCH_RSS_FILE: file } });
    const kib = existsSync(file) ? readFileSync(file, "utf8").trim().split("\n").map(Number) : [];
    return peak(kib) / 1024;
  } finally {
    rmSync(dir, { recursive: true, force: true });
  }
}

/** Peak RSS in MiB per case: the largest of `runs` runs. */
export function measureMemory(cases, runs, method) {
  return cases.map((c) => peak(Array.from({ length: runs }, () => mibOnce(c, method))));
}
