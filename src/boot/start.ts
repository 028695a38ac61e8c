// What bin/community-plan.cjs requires (bundled into dist/cli-bundle/start.cjs). A bare `--version`
// is answered here; everything else loads the CLI, a chunk of its own.
import { answerVersionQuickly } from "./quick-version.js";

/** Runs the CLI on `argv`, answering a bare `--version` without loading it. */
export async function start(argv: readonly string[]): Promise<void> {
  if (answerVersionQuickly(argv)) return;
  const { run } = await import("../cli.js");
  await run(argv);
}
