#!/usr/bin/env node
import { fileURLToPath } from "node:url";
import { answerVersionQuickly } from "../dist/boot/quick-version.js";
import { answerHelpQuickly } from "../dist/boot/quick-help.js";

if (!answerVersionQuickly(process.argv) && !answerHelpQuickly(process.argv)) {
  const { tuneV8ForShortRuns } = await import("../dist/boot/v8-flags.js");
  const { loadChunk } = await import("../dist/boot/code-cache-loader.js");
  tuneV8ForShortRuns();
  const { run } = loadChunk(fileURLToPath(new URL("../dist/cli-bundle/cli.cjs", import.meta.url)));
  await run(process.argv);
}
