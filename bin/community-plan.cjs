#!/usr/bin/env node
// CommonJS, like the CLI bundle it starts (scripts/bundle.mjs says why).
// Node's compile cache (Node 22.1 and later) keeps the compiled CLI between runs, in the
// directory NODE_COMPILE_CACHE names or else the system's temporary directory; on Node 20 the
// call does not exist and every run compiles, as it always has. It must come before the CLI is
// required.
"use strict";
require("node:module").enableCompileCache?.();
require("../dist/cli-bundle/start.cjs").start(process.argv);
