#!/usr/bin/env node
// `npm run bench`: cold whole-process runs of the CLI beside `node -e 0` and the peers
// (ajv-cli, Spectral), interleaved so machine noise hits every command alike, then scale runs
// on generated plans, then the goals judged against what was measured. Prints Markdown;
// `--write-readme` puts it between the README's bench markers.
import { existsSync, mkdirSync, readdirSync, readFileSync, rmSync, statSync, writeFileSync } from "node:fs";
import os from "node:os";
import path from "node:path";
import { fileURLToPath } from "node:url";
import { parseArgs } from "node:util";
import { verdicts } from "./bench/goals.mjs";
import { measureMemory, measureTimes, memoryMethod } from "./bench/measure.mjs";
import { peerCases } from "./bench/peers.mjs";
import { generatedPlan } from "./bench/plan-generator.mjs";
import { goalsTable, header, peerRatios, scaleTable, startupTable } from "./bench/report.mjs";
import { growthPer10x } from "./bench/stats.mjs";

const usage = `Usage: node scripts/bench.mjs [options]   (build first: npm run build)

  --runs <n>         cold runs per command (default 7, or 3 with --quick)
  --quick            smaller scale inputs and fewer runs, for a sanity check
  --only <text>      only the cases whose name contains <text> (repeatable); \`node -e 0\` always runs
  --memory <how>     auto (default), gnu-time or preload
  --write-readme     put the tables into README.md (full runs only)
  -h, --help         show this help
`;

const fail = (message) => {
  process.stderr.write(`bench: ${message}\n`);
  process.exit(2);
};
let opts;
try {
  ({ values: opts } = parseArgs({
    options: {
      runs: { type: "string" },
      quick: { type: "boolean", default: false },
      only: { type: "string", multiple: true, default: [] },
      memory: { type: "string", default: "auto" },
      "write-readme": { type: "boolean", default: false },
      help: { type: "boolean", short: "h", default: false },
    },
  }));
} catch (error) {
  fail(`${error.message}\n\n${usage}`);
}
if (opts.help) {
  process.stdout.write(usage);
  process.exit(0);
}
const runs = opts.runs === undefined ? (opts.quick ? 3 : 7) : Number(opts.runs);
if (!Number.isInteger(runs) || runs < 1) fail(`--runs wants a whole number of runs, not ${opts.runs}`);
// A partial table in the README would read as the project's numbers.
if (opts["write-readme"] && (opts.quick || opts.only.length)) fail("--write-readme records full runs only: drop --quick and --only");
if (!["auto", "gnu-time", "preload"].includes(opts.memory)) fail(`--memory is auto, gnu-time or preload, not ${opts.memory}`);

const root = path.resolve(path.dirname(fileURLToPath(import.meta.url)), "..");
const bin = path.join(root, "bin/community-plan.cjs");
if (!existsSync(path.join(root, "dist/cli-bundle/start.cjs"))) fail("the CLI is not built: run `npm run build` first");
const work = path.join(root, ".bench");
const node = process.execPath;
// A fixed today keeps the plans' deadlines in the future and the quarter the same on every run.
const TODAY = "2026-11-24";
const memory = memoryMethod(opts.memory);

const normalise = (text) => text.toLowerCase().replaceAll(",", "");
const selected = (name) => opts.only.length === 0 || opts.only.some((pattern) => normalise(name).includes(normalise(pattern)));

const examples = readdirSync(path.join(root, "examples")).filter((f) => f.endsWith(".yaml")).sort();
const largest = [...examples].sort((a, b) => statSync(path.join(root, "examples", b)).size - statSync(path.join(root, "examples", a)).size)[0];
// The peers run on the plan the README's samples use, the most typical of the examples.
const peerPlan = examples.includes("dev-community.yaml") ? "dev-community.yaml" : examples[0];
const cli = (...args) => [node, bin, ...args, "--today", TODAY];

// Every case must exit 0 (measure.mjs fails one that does not), so no row times an error path.
const startupCases = [
  { name: "node -e 0", role: "floor", argv: [node, "-e", "0"] },
  { name: "community-plan --version", role: "version", argv: [node, bin, "--version"] },
  { name: "community-plan --help", role: "help", argv: [node, bin, "--help"] },
  ...examples.map((f) => ({ name: `lint ${f}`, role: "lint-example", plan: f, argv: cli("lint", `examples/${f}`) })),
  { name: `calendar --quarter next (${largest})`, role: "calendar-quarter", argv: cli("calendar", `examples/${largest}`, "--quarter", "next") },
  { name: `render (${largest})`, role: "render", argv: cli("render", `examples/${largest}`, "--out", path.join(work, "docs")) },
].filter((c) => c.role === "floor" || selected(c.name));

mkdirSync(work, { recursive: true });
const peers = peerCases({ root, work, planFile: `examples/${peerPlan}`, schemaFile: "schemas/community-plan.schema.json", keep: selected });
startupCases.push(...peers.cases);
for (const pkg of peers.missing) process.stderr.write(`bench: ${pkg} is not installed (npm ci installs it), so its row is left out\n`);

const scaleDir = path.join(work, "scale");
const sizes = opts.quick ? [10, 100, 1000] : [10, 100, 1000, 10_000];
const manyFiles = opts.quick ? 100 : 1000;
const count = (n) => n.toLocaleString("en-US");
// Inputs are written only for the cases that run: the 1,000 files take a moment.
const scaleCases = [
  ...sizes.map((n) => {
    const file = path.join(scaleDir, `plan-${n}.yaml`);
    return {
      name: `lint, ${count(n)} targets, personas and series`,
      role: "scale-plan",
      size: n,
      argv: cli("lint", file, "--format", "json"),
      prepare: () => writeFileSync(file, generatedPlan(n)),
    };
  }),
  {
    name: `lint, ${count(manyFiles)} files in one call`,
    role: "scale-files",
    files: manyFiles,
    argv: cli("lint", path.join(scaleDir, "many/*.yaml"), "--format", "json"),
    prepare: () => {
      mkdirSync(path.join(scaleDir, "many"), { recursive: true });
      for (let i = 0; i < manyFiles; i++) writeFileSync(path.join(scaleDir, "many", `plan-${i}.yaml`), generatedPlan(3));
    },
  },
  {
    name: "calendar, one year, 50 weekly series",
    role: "scale-calendar",
    argv: cli("calendar", path.join(scaleDir, "calendar-50.yaml"), "--from", "2027-01-01", "--to", "2027-12-31", "--format", "json"),
    prepare: () => writeFileSync(path.join(scaleDir, "calendar-50.yaml"), generatedPlan(50)),
  },
  // The calendar issue's yardstick: the recurring ICS must cost no more than ~1.5 × the JSON.
  ...["json", "ics"].map((format) => ({
    name: `calendar --format ${format}, one year, 1,600 weekly series`,
    role: `scale-calendar-${format}`,
    argv: cli("calendar", path.join(scaleDir, "calendar-1600.yaml"), "--from", "2027-01-01", "--to", "2027-12-31", "--format", format, "--today", "2026-11-24"),
    prepare: () => writeFileSync(path.join(scaleDir, "calendar-1600.yaml"), generatedPlan(1600)),
  })),
].filter((c) => selected(c.name));
rmSync(scaleDir, { recursive: true, force: true });
mkdirSync(scaleDir, { recursive: true });
for (const c of scaleCases) c.prepare();

const memoryRuns = Math.min(runs, 3);
const progress = (label) => (step) => process.stderr.write(`${label}: ${step}\n`);

/** Times and peak memory per case, as rows the tables and goals read. */
function measured(cases, label) {
  if (cases.length === 0) return [];
  process.stderr.write(`${label}: ${cases.length} commands × ${runs} cold runs, then ${memoryRuns} memory runs each…\n`);
  const ms = measureTimes(cases, runs, progress(label));
  const mib = measureMemory(cases, memoryRuns, memory);
  return cases.map(({ name, role, plan, size, files }, i) => ({ name, role, plan, size, files, ms: ms[i], mib: mib[i] }));
}

const startup = measured(startupCases, "start-up");
const scale = measured(scaleCases, "scale");
const bySize = scale.filter((r) => r.role === "scale-plan").sort((a, b) => a.size - b.size);
const timeGrowth = growthPer10x(bySize.map((r) => ({ size: r.size, value: r.ms })));
const mibGrowth = growthPer10x(bySize.map((r) => ({ size: r.size, value: r.mib })));
bySize.forEach((r, i) => Object.assign(r, { growth: timeGrowth[i], mibGrowth: mibGrowth[i] }));

const cpus = os.cpus();
const meta = {
  date: new Date().toISOString().slice(0, 10),
  cpus: cpus.length,
  cpu: cpus[0]?.model.trim() ?? "unknown CPU",
  memGiB: Math.round(os.totalmem() / 2 ** 30),
  os: `${os.type()} ${os.release()}`,
  node: process.version,
  runs,
  memoryRuns,
  memory: memory.describe,
};
const report = [
  header(meta),
  "",
  ...(startup.length ? [...startupTable(startup), "", ...peerRatios(startup), ""] : []),
  ...(scale.length ? [...scaleTable(scale), ""] : []),
  "Goals from issues 7 and 21:",
  "",
  ...goalsTable(verdicts([...startup, ...scale])),
  "",
].join("\n");
process.stdout.write(report);

if (opts["write-readme"]) {
  const readmePath = path.join(root, "README.md");
  const readme = readFileSync(readmePath, "utf8");
  const begin = "<!-- bench:begin -->";
  const end = "<!-- bench:end -->";
  if (!readme.includes(begin) || !readme.includes(end)) fail("README.md has no bench markers");
  writeFileSync(readmePath, readme.replace(new RegExp(`${begin}[\\s\\S]*${end}`), () => `${begin}\n${report}${end}`));
  process.stderr.write("README.md updated\n");
}
