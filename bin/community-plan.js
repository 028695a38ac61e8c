#!/usr/bin/env node
import { fileURLToPath } from "node:url";
import { loadChunk } from "../dist/boot/code-cache-loader.js";
import { tuneV8ForShortRuns } from "../dist/boot/v8-flags.js";

tuneV8ForShortRuns();
const { run } = loadChunk(fileURLToPath(new URL("../dist/cli-bundle/cli.cjs", import.meta.url)));
await run(process.argv);
