import { spawnSync } from "node:child_process";
import { readFileSync } from "node:fs";
import path from "node:path";
import { fileURLToPath } from "node:url";

export const repoRoot = path.resolve(path.dirname(fileURLToPath(import.meta.url)), "../..");
export const binPath = path.join(repoRoot, "bin/community-plan.cjs");

export interface CliRun {
  code: number | null;
  stdout: string;
  stderr: string;
}

/** Runs the built binary as a user would, with colour off unless the test asks for it. */
export function runCli(args: string[], options: { cwd?: string; env?: Record<string, string>; input?: string; nodeArgs?: string[] } = {}): CliRun {
  const env: Record<string, string | undefined> = { ...process.env, NO_COLOR: "1", FORCE_COLOR: undefined, ...options.env };
  for (const key of Object.keys(env)) if (env[key] === undefined) delete env[key];
  const result = spawnSync(process.execPath, [...(options.nodeArgs ?? []), binPath, ...args], {
    cwd: options.cwd ?? repoRoot,
    env: env,
    input: options.input ?? "",
    encoding: "utf8",
    timeout: 30_000,
  });
  return { code: result.status, stdout: result.stdout, stderr: result.stderr };
}

export interface NotedRun extends CliRun {
  /** Every file the run loaded as CommonJS: the CLI bundle's files and what they require. */
  loaded: string[];
}

/** Runs the built binary like runCli and notes which files it loaded; the tests of what the
 *  bundle loads lazily use it. The notes are taken out of stderr. */
export function runCliNotingLoads(args: string[], options: Parameters<typeof runCli>[1] = {}): NotedRun {
  const probe = path.join(repoRoot, "tests/helpers/report-loaded-files.cjs");
  const run = runCli(args, { ...options, nodeArgs: ["--require", probe, ...(options.nodeArgs ?? [])] });
  const loaded = [...run.stderr.matchAll(/^loaded (.*)$/gm)].map((m) => m[1]!);
  return { ...run, stderr: run.stderr.replace(/^loaded .*\n/gm, ""), loaded };
}

/** Whether any file the run loaded contains `text`. */
export function loadedText(run: NotedRun, text: string): boolean {
  return run.loaded.some((file) => readFileSync(file, "utf8").includes(text));
}
