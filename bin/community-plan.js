#!/usr/bin/env node
import { fileURLToPath } from "node:url";
import { loadChunk } from "../dist/boot/code-cache-loader.js";

const { run } = loadChunk(fileURLToPath(new URL("../dist/cli-bundle/cli.cjs", import.meta.url)));
await run(process.argv);
