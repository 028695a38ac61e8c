// What bin/community-plan.js runs. The build bundles this file into dist/boot/start.cjs
// (scripts/bundle.mjs), so the launcher is CommonJS from end to end: a launcher that is an ES
// module starts Node's ES module loader first, about 8 ms before its first line runs, and a
// `--version` is over in little more than that.
import { answerVersionQuickly } from "./quick-version.js";
import { answerHelpQuickly, isHelpRun } from "./quick-help.js";
import { loadChunk } from "./code-cache-loader.js";
import { packagePath } from "../io/package-files.js";

/** Runs the CLI on `argv`, answering a bare `--version` or a `--help` without loading it. */
export async function start(argv: readonly string[]): Promise<void> {
  if (answerVersionQuickly(argv)) return;
  if (isHelpRun(argv) && answerHelpQuickly(argv)) return;
  const { run } = loadChunk(packagePath("dist", "cli-bundle", "cli.cjs")) as { run(argv: readonly string[]): Promise<void> };
  await run(argv);
}
