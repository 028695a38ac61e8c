// The peers validate the same plan against the same schema, and each is checked on a broken
// copy of that plan first: a peer that reports nothing would otherwise be timed doing nothing
// (a Spectral `$ref` to the schema file, for one, silently validates against an empty schema).
import { spawnSync } from "node:child_process";
import { readFileSync, writeFileSync } from "node:fs";
import { createRequire } from "node:module";
import path from "node:path";
import { parse, stringify } from "yaml";

/** `node <the package's bin script>`: the same launcher as the CLI's rows, on any platform. */
function peerBin(root, pkg, name) {
  const require = createRequire(path.join(root, "package.json"));
  let manifest;
  try {
    manifest = require.resolve(`${pkg}/package.json`);
  } catch {
    return undefined;
  }
  const { bin } = JSON.parse(readFileSync(manifest, "utf8"));
  const script = typeof bin === "string" ? bin : bin?.[name];
  return script && path.join(path.dirname(manifest), script);
}

// Parsed as the CLI parses plans (YAML 1.2 core schema), so dates stay strings.
const readPlan = (file) => parse(readFileSync(file, "utf8"), { version: "1.2", schema: "core" });

/** The plan with schema errors both peers must report: a missing section and a wrong type. */
function broken(plan) {
  const copy = structuredClone(plan);
  delete copy.goals;
  copy.targets[0].baseline = "lots";
  return copy;
}
const brokenSigns = [/goals/, /baseline/];

/** ajv-cli 5 reads YAML with js-yaml 3 (YAML 1.1), which turns `2027-06-30` into a Date and
 *  fails every date against the schema, so it is given the plan as JSON. The schema carries the
 *  editors' keywords (markdownDescription, patternErrorMessage, defaultSnippets), which ajv's
 *  strict mode rejects as unknown unless declared; ajv-cli cannot declare them, so it is told to
 *  let unknown keywords pass (--strict-schema=false), which changes nothing it validates. */
function ajvCase({ root, work, planFile, schemaFile, node }) {
  const script = peerBin(root, "ajv-cli", "ajv");
  if (!script) return undefined;
  const base = path.basename(planFile, path.extname(planFile));
  const json = path.join(work, `${base}.json`);
  const bad = path.join(work, `${base}.broken.json`);
  const plan = readPlan(planFile);
  writeFileSync(json, JSON.stringify(plan));
  writeFileSync(bad, JSON.stringify(broken(plan)));
  const argv = (data) => [node, script, "validate", "--spec=draft2020", "--all-errors", "--errors=line", "--strict-schema=false", "-s", schemaFile, "-d", data];
  return { name: `ajv-cli validate (${path.basename(planFile)} as JSON)`, argv: argv(json), broken: argv(bad), role: "peer-ajv" };
}

/** Spectral's `schema` function with our schema inlined and all errors on, as `lint` reports them. */
function spectralCase({ root, work, planFile, schemaFile, node }) {
  const script = peerBin(root, "@stoplight/spectral-cli", "spectral");
  if (!script) return undefined;
  const schema = JSON.parse(readFileSync(schemaFile, "utf8"));
  const ruleset = path.join(work, "spectral-ruleset.json");
  const rule = { given: "$", severity: "error", then: { function: "schema", functionOptions: { schema, allErrors: true } } };
  writeFileSync(ruleset, JSON.stringify({ rules: { "community-plan-schema": rule } }));
  const bad = path.join(work, `${path.basename(planFile, path.extname(planFile))}.broken.yaml`);
  writeFileSync(bad, stringify(broken(readPlan(planFile))));
  const argv = (plan) => [node, script, "lint", "--quiet", "-r", ruleset, plan];
  return { name: `spectral lint (${path.basename(planFile)})`, argv: argv(planFile), broken: argv(bad), role: "peer-spectral" };
}

/** Fails unless the peer passes the plan and reports the broken copy's errors. */
function checkPeer(c, cwd) {
  const good = spawnSync(c.argv[0], c.argv.slice(1), { cwd, encoding: "utf8" });
  if (good.status !== 0) throw new Error(`${c.name} rejects a valid plan (exit ${good.status}):\n${(good.stdout + good.stderr).slice(-1500)}`);
  const bad = spawnSync(c.broken[0], c.broken.slice(1), { cwd, encoding: "utf8" });
  const output = bad.stdout + bad.stderr;
  if (bad.status !== 1 || !brokenSigns.every((sign) => sign.test(output))) {
    throw new Error(`${c.name} does not report the schema errors of a broken plan (exit ${bad.status}):\n${output.slice(-1500)}`);
  }
}

/** The peer cases that are installed and kept, each checked to do the real work. */
export function peerCases({ root, work, planFile, schemaFile, node = process.execPath, keep = () => true }) {
  const options = { root, work, planFile: path.resolve(root, planFile), schemaFile: path.resolve(root, schemaFile), node };
  const found = { "ajv-cli": ajvCase(options), "@stoplight/spectral-cli": spectralCase(options) };
  const cases = [];
  for (const c of Object.values(found).filter((c) => c && keep(c.name))) {
    checkPeer(c, root);
    const { broken: _, ...timed } = c;
    cases.push({ ...timed, plan: path.basename(planFile), cwd: root });
  }
  return { cases, missing: Object.keys(found).filter((pkg) => !found[pkg]) };
}
