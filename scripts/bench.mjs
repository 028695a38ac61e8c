#!/usr/bin/env node
// `npm run bench`: cold whole-process runs of the CLI beside `node -e 0` and the peers
// (ajv-cli, Spectral), interleaved so machine noise hits every command alike, then scale runs
// on generated plans. Prints Markdown; `--write-readme` puts the tables into README.md.
//
//   node scripts/bench.mjs [--runs 7] [--quick] [--write-readme]
import { spawnSync } from "node:child_process";
import { existsSync, mkdirSync, readFileSync, rmSync, writeFileSync } from "node:fs";
import os from "node:os";
import path from "node:path";
import { fileURLToPath } from "node:url";

const root = path.resolve(path.dirname(fileURLToPath(import.meta.url)), "..");
const args = process.argv.slice(2);
const runs = Number(args[args.indexOf("--runs") + 1]) || 7;
const quick = args.includes("--quick");
const work = path.join(root, ".bench");
const bin = path.join(root, "bin/community-plan.js");
const gnuTime = ["/usr/bin/time", "/bin/time"].find((p) => existsSync(p));
const TODAY = "2026-11-24";

/** One cold run: wall time in ms and, where GNU time exists, peak RSS in MiB. */
function once(argv, cwd = root) {
  const command = gnuTime ? [gnuTime, "-f", "%M", ...argv] : argv;
  const start = process.hrtime.bigint();
  const result = spawnSync(command[0], command.slice(1), { cwd, encoding: "utf8", maxBuffer: 1 << 28 });
  const ms = Number(process.hrtime.bigint() - start) / 1e6;
  if (result.error) throw result.error;
  if (result.status !== 0 && result.status !== 1) {
    throw new Error(`${argv.join(" ")} exited ${result.status}: ${result.stderr.slice(-500)}`);
  }
  const rssKb = gnuTime ? Number(result.stderr.trim().split("\n").at(-1)) : NaN;
  return { ms, mib: rssKb / 1024 };
}

const median = (values) => {
  const sorted = [...values].sort((a, b) => a - b);
  return sorted[Math.floor(sorted.length / 2)];
};

/** Runs every case `runs` times, interleaved, after one warm-up each. */
function measure(cases) {
  const samples = new Map(cases.map((c) => [c.name, { ms: [], mib: [] }]));
  for (const c of cases) once(c.argv, c.cwd);
  for (let i = 0; i < runs; i++) {
    for (const c of cases) {
      const { ms, mib } = once(c.argv, c.cwd);
      samples.get(c.name).ms.push(ms);
      samples.get(c.name).mib.push(mib);
    }
  }
  return cases.map((c) => ({ name: c.name, ms: median(samples.get(c.name).ms), mib: Math.max(...samples.get(c.name).mib) }));
}

let rootHelp;
function hasCommand(name) {
  rootHelp ??= spawnSync(process.execPath, [bin, "--help"], { encoding: "utf8" }).stdout;
  return new RegExp(`^  ${name}\\b`, "m").test(rootHelp);
}

const fmt = (n, digits = 0) => (Number.isFinite(n) ? n.toFixed(digits) : "–");

// ---- start-up and typical plans ------------------------------------------------------------
const examples = ["dev-community.yaml", "dutch-brand.yaml", "global-gaming.yaml"].filter((f) => existsSync(path.join(root, "examples", f)));
const largest = examples
  .map((f) => path.join("examples", f))
  .sort((a, b) => readFileSync(path.join(root, b)).length - readFileSync(path.join(root, a)).length)[0];
const node = process.execPath;
const cases = [
  { name: "node -e 0", argv: [node, "-e", "0"] },
  { name: "community-plan --version", argv: [node, bin, "--version"] },
  { name: "community-plan --help", argv: [node, bin, "--help"] },
  ...examples.map((f) => ({ name: `lint ${f}`, argv: [node, bin, "lint", `examples/${f}`, "--today", TODAY] })),
];
if (hasCommand("calendar")) {
  cases.push({ name: `calendar --quarter next (${path.basename(largest)})`, argv: [node, bin, "calendar", largest, "--quarter", "next", "--today", TODAY] });
}
if (hasCommand("render")) {
  mkdirSync(work, { recursive: true });
  cases.push({ name: `render (${path.basename(largest)})`, argv: [node, bin, "render", largest, "--out", path.join(work, "docs"), "--today", TODAY] });
}

// The peers validate the same plan against the same schema.
const peerBin = (name) => path.join(root, "node_modules/.bin", name);
const peerPlan = `examples/${examples[0]}`;
if (existsSync(peerBin("ajv"))) {
  cases.push({
    name: `ajv-cli validate (${examples[0]})`,
    argv: [peerBin("ajv"), "validate", "--spec=draft2020", "-s", "schemas/community-plan.schema.json", "-d", peerPlan, "--strict=false", "--all-errors"],
  });
}
if (existsSync(peerBin("spectral"))) {
  mkdirSync(work, { recursive: true });
  const ruleset = path.join(work, "spectral-ruleset.yaml");
  writeFileSync(
    ruleset,
    `rules:\n  community-plan-schema:\n    given: "$"\n    severity: error\n    then:\n      function: schema\n      functionOptions:\n        schema:\n          $ref: ${path.join(root, "schemas/community-plan.schema.json")}\n`,
  );
  cases.push({ name: `spectral lint (${examples[0]})`, argv: [peerBin("spectral"), "lint", "-r", ruleset, peerPlan, "--quiet"] });
}

process.stderr.write(`start-up: ${cases.length} commands × ${runs} cold runs…\n`);
const startup = measure(cases);
const floor = startup[0].ms;
const startupTable = [
  "| command | median ms | × `node -e 0` | peak MiB |",
  "| --- | ---: | ---: | ---: |",
  ...startup.map((r) => `| ${r.name} | ${fmt(r.ms)} | ${fmt(r.ms / floor, 2)} | ${fmt(r.mib, 1)} |`),
];
const lintTypical = startup.find((r) => r.name === `lint ${examples[0]}`);
const spectral = startup.find((r) => r.name.startsWith("spectral"));
const ajvCli = startup.find((r) => r.name.startsWith("ajv-cli"));
const ratios = [];
if (spectral) ratios.push(`Spectral takes ${fmt(spectral.ms / lintTypical.ms, 1)}× as long as \`community-plan lint\` on the same plan.`);
if (ajvCli) ratios.push(`ajv-cli takes ${fmt(ajvCli.ms / lintTypical.ms, 1)}× as long, and checks the schema only.`);

// ---- scale ------------------------------------------------------------------------------
/** A valid plan with `n` personas, channels, goals, targets and series. */
function generatedPlan(n) {
  const lines = [
    "version: 1",
    "community:",
    "  name: Scale test",
    "  purpose: A generated plan for the benchmark.",
    "  kind: owned",
    "  timeZone: Europe/Amsterdam",
    "  languages: [en]",
    "  team: { people: 50, hoursPerWeek: 2000 }",
    "horizon: { start: 2027-01-01, end: 2027-12-31 }",
    "goals:",
  ];
  for (let i = 0; i < n; i++) lines.push(`  - { id: goal-${i}, title: Goal ${i}, category: engagement }`);
  lines.push("personas:");
  for (let i = 0; i < n; i++) {
    lines.push(`  - { id: persona-${i}, name: Persona ${i}, languages: [en], timeZones: [Europe/Amsterdam], communication: async, preferredPlatforms: [discourse] }`);
  }
  lines.push("channels:");
  for (let i = 0; i < n; i++) {
    lines.push(`  - { id: channel-${i}, name: Channel ${i}, platform: discourse, kind: forum, audience: [persona-${i}], languages: [en] }`);
  }
  lines.push("targets:");
  for (let i = 0; i < n; i++) {
    lines.push(`  - { id: target-${i}, goal: goal-${i}, metric: members, baseline: ${100 + i}, change: "+10%", unit: members, deadline: 2027-06-30, dataSource: Admin, owner: Sam }`);
  }
  lines.push("content:", "  series:");
  for (let i = 0; i < n; i++) {
    lines.push(`    - { id: series-${i}, title: Series ${i}, channel: channel-${i}, format: article, cadence: { every: week, weekdays: [tue] }, localTime: "10:00", audience: [persona-${i}] }`);
  }
  lines.push(
    "guidelines:",
    "  rules: [{ id: be-kind, title: Be kind }]",
    "  consequences: [A reminder, A ban]",
    "  reporting: Flag the post.",
    "moderation:",
    "  moderators: [{ id: sam, name: Sam, timeZone: Europe/Amsterdam, languages: [en], hours: { days: [mon, tue, wed, thu, fri, sat, sun], start: '00:00', end: '23:59' } }]",
    "  responseTime: 48h",
    "review: { cadence: monthly, feedback: [survey], qualitativeSignals: [member-feedback] }",
  );
  return lines.join("\n") + "\n";
}

rmSync(path.join(work, "scale"), { recursive: true, force: true });
mkdirSync(path.join(work, "scale/many"), { recursive: true });
const sizes = quick ? [10, 100, 1000] : [10, 100, 1000, 10000];
const scaleCases = sizes.map((n) => {
  const file = path.join(work, "scale", `plan-${n}.yaml`);
  writeFileSync(file, generatedPlan(n));
  return { name: `lint, ${n} of each item`, argv: [node, bin, "lint", file, "--today", TODAY, "--format", "json"] };
});
const manyFiles = quick ? 100 : 1000;
for (let i = 0; i < manyFiles; i++) writeFileSync(path.join(work, "scale/many", `plan-${i}.yaml`), generatedPlan(3));
scaleCases.push({ name: `lint, ${manyFiles} files in one call`, argv: [node, bin, "lint", path.join(work, "scale/many/*.yaml"), "--today", TODAY, "--format", "json"] });
if (hasCommand("calendar")) {
  const file = path.join(work, "scale", "calendar-50.yaml");
  writeFileSync(file, generatedPlan(50));
  scaleCases.push({ name: "calendar, one year, 50 weekly series", argv: [node, bin, "calendar", file, "--from", "2027-01-01", "--to", "2027-12-31", "--format", "json", "--today", TODAY] });
}
process.stderr.write(`scale: ${scaleCases.length} cases…\n`);
const savedRuns = runs;
const scale = measure(scaleCases.map((c) => ({ ...c })));
const scaleTable = [
  "| input | median ms | growth per 10× | peak MiB |",
  "| --- | ---: | ---: | ---: |",
  ...scale.map((r, i) => {
    const previous = i > 0 && i < sizes.length ? scale[i - 1] : undefined;
    return `| ${r.name} | ${fmt(r.ms)} | ${previous ? `${fmt(r.ms / previous.ms, 1)}×` : ""} | ${fmt(r.mib, 1)} |`;
  }),
];

const cpu = os.cpus()[0]?.model.trim() ?? "unknown CPU";
const header = `Measured ${new Date().toISOString().slice(0, 10)} on ${os.cpus().length} × ${cpu}, ${Math.round(os.totalmem() / 2 ** 30)} GiB, Node ${process.version}; median of ${savedRuns} cold runs after a warm-up.`;
const report = [header, "", ...startupTable, "", ...ratios, "", ...scaleTable, ""].join("\n");
process.stdout.write(report);

if (args.includes("--write-readme")) {
  const readmePath = path.join(root, "README.md");
  const readme = readFileSync(readmePath, "utf8");
  const begin = "<!-- bench:begin -->";
  const end = "<!-- bench:end -->";
  if (!readme.includes(begin)) throw new Error("README.md has no bench markers");
  const updated = readme.replace(new RegExp(`${begin}[\\s\\S]*${end}`), `${begin}\n${report}${end}`);
  writeFileSync(readmePath, updated);
  process.stderr.write("README.md updated\n");
}
