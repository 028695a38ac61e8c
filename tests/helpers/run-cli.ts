import { spawnSync } from "node:child_process";
import path from "node:path";
import { fileURLToPath } from "node:url";

export const repoRoot = path.resolve(path.dirname(fileURLToPath(import.meta.url)), "../..");
export const binPath = path.join(repoRoot, "bin/community-plan.js");

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

/**
 * Node arguments that register a module loader hook: `load`, the text of an
 * `export async function load(url, context, next)`, sees every module the run loads and may note
 * what it saw on stderr. The tests of what the bundle loads lazily use it.
 */
export function withLoadHook(load: string): string[] {
  const register = `import { register } from "node:module"; register(${JSON.stringify(`data:text/javascript,${encodeURIComponent(load)}`)});`;
  return ["--import", `data:text/javascript,${encodeURIComponent(register)}`];
}
