#!/usr/bin/env node
// CommonJS, like the CLI bundle it starts (scripts/bundle.mjs says why).
// Node's compile cache (Node 22.1 and later) keeps the compiled CLI between runs, in the
// directory NODE_COMPILE_CACHE names or else the system's temporary directory; on Node 20 the
// call does not exist and every run compiles, as it always has. It must come before the CLI is
// required.
"use strict";
require("node:module").enableCompileCache?.();
let cli;
try {
  cli = require("../dist/cli-bundle/start.cjs");
} catch (error) {
  // A clone that was never built: one line, like every other error, rather than Node's stack.
  if (error?.code !== "MODULE_NOT_FOUND" || !String(error.message).includes("start.cjs")) throw error;
  process.stderr.write("community-plan: the CLI is not built (dist/cli-bundle/start.cjs is missing)\n  hint: run `npm run build` in the package's folder\n");
  process.exit(2);
}
cli.start(process.argv);
