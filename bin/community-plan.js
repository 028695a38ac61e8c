#!/usr/bin/env node
// Node's compile cache (Node 22.1 and later) keeps the compiled CLI between runs, in the
// directory NODE_COMPILE_CACHE names or else the system's temporary directory; on Node 20 the
// call does not exist and every run compiles, as it always has. It must come before the CLI is
// imported, hence the dynamic import.
import module from "node:module";

module.enableCompileCache?.();
const { start } = await import("../dist/cli-bundle/start.js");
await start(process.argv);
