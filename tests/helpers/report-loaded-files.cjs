// Preloaded (`node --require`) by runCliNotingLoads in run-cli.ts: when the run exits, it writes
// the path of every file it loaded as CommonJS to stderr, one `loaded <path>` line each. The CLI
// bundle is CommonJS (scripts/bundle.mjs), and so is what it requires of its dependencies.
"use strict";
process.on("exit", () => {
  for (const file of Object.keys(require.cache)) if (file !== __filename) process.stderr.write(`loaded ${file}\n`);
});
