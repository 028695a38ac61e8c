#!/usr/bin/env node
import { fileURLToPath } from "node:url";
import { answerVersionQuickly } from "../dist/boot/quick-version.js";

/** `--version` and `--help` need no CLI (src/boot/quick-*.ts). Only a run that ends in a help
 *  flag loads the help module, so a lint run pays nothing for it. */
async function answeredQuickly(argv) {
  if (answerVersionQuickly(argv)) return true;
  if (argv.at(-1) !== "--help" && argv.at(-1) !== "-h") return false;
  const { answerHelpQuickly } = await import("../dist/boot/quick-help.js");
  return answerHelpQuickly(argv);
}

if (!(await answeredQuickly(process.argv))) {
  const { tuneV8ForShortRuns } = await import("../dist/boot/v8-flags.js");
  const { loadChunk } = await import("../dist/boot/code-cache-loader.js");
  tuneV8ForShortRuns();
  const { run } = loadChunk(fileURLToPath(new URL("../dist/cli-bundle/cli.cjs", import.meta.url)));
  await run(process.argv);
}
