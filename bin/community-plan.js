#!/usr/bin/env node
// CommonJS (bin/package.json says so), like everything it loads: see src/boot/start.ts.
"use strict";
require("../dist/boot/start.cjs").start(process.argv);
